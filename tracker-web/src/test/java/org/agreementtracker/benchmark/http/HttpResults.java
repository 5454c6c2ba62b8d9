package org.agreementtracker.benchmark.http;

import org.agreementtracker.benchmark.http.Load.Measured;

import java.util.Map;

/** What one run measured; a part not run stays null. */
final class HttpResults {

    Measured fill;
    double fillCatchUpSeconds;
    Measured commandsNoWait;
    double noWaitCatchUpSeconds;
    Measured commands;
    MeterDelta meters;
    Measured queries;
    Measured queriesOneClient;
    CpuProfile commandProfile;
    Measured profiledCommands;
    CpuProfile queryProfile;
    Measured profiledQueries;
    int agreementsAtEnd;

    /**
     * The tracker's own meters over the command measurement: mean milliseconds per command on the command bus
     * (loading the agreement, handling, appending: {@code tracker.commands}), of which appending
     * ({@code tracker.eventstore.append}), and waiting for the projections after it
     * ({@code tracker.projections.write.wait}).
     */
    record MeterDelta(double commands, double commandMillis, double appendMillis, double waits, double waitMillis) {

        static MeterDelta between(Map<String, Double> before, Map<String, Double> after) {
            double commands = delta(before, after, "tracker_commands_seconds_count");
            double appends = delta(before, after, "tracker_eventstore_append_seconds_count");
            double waits = delta(before, after, "tracker_projections_write_wait_seconds_count");
            return new MeterDelta(commands,
                                  mean(delta(before, after, "tracker_commands_seconds_sum"), commands),
                                  mean(delta(before, after, "tracker_eventstore_append_seconds_sum"), appends),
                                  waits,
                                  mean(delta(before, after, "tracker_projections_write_wait_seconds_sum"), waits));
        }

        private static double delta(Map<String, Double> before, Map<String, Double> after, String name) {
            return after.getOrDefault(name, Double.NaN) - before.getOrDefault(name, 0.0);
        }

        private static double mean(double seconds, double count) {
            return count > 0 ? 1_000 * seconds / count : Double.NaN;
        }
    }
}
