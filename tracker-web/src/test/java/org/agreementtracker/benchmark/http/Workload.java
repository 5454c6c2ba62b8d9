package org.agreementtracker.benchmark.http;

import org.agreementtracker.benchmark.http.Load.Outcome;
import org.agreementtracker.benchmark.http.TrackerClient.Answer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What the clients send. Agreement {@code i} is between the PK and the BY body of sector {@code i % 8}
 * ({@link RunningTracker#SECTORS}), signed, with one milestone owned by one of them (every 20th measured by an
 * indicator). Commands are what the committee and the ministry officers of both sides send day to day; board
 * queries are what the committee's screens ask for.
 */
final class Workload {

    static final String SIGNED_ON = "2025-04-11";
    /** Agreements whose milestones are measured by an indicator: one in this many (the summary board lists them). */
    static final int INDICATOR_EVERY = 20;
    private static final LocalDate FIRST_DUE = LocalDate.parse("2026-01-01");
    private static final String NOTE = "Working group met in Islamabad; the draft implementation plan was circulated "
            + "to both ministries, comments from the Belarusian side are expected by the end of the month. Two of the "
            + "five actions agreed at the last session are done, the others are on schedule.";

    private final TrackerClient client;
    private final int agreements;
    private final AtomicReferenceArray<String> agreementIds;
    private final AtomicReferenceArray<String> milestoneIds;

    Workload(TrackerClient client, int agreements) {
        this.client = client;
        this.agreements = agreements;
        this.agreementIds = new AtomicReferenceArray<>(agreements);
        this.milestoneIds = new AtomicReferenceArray<>(agreements);
    }

    /** The same agreements on a restarted tracker (same store). */
    Workload on(TrackerClient restarted) {
        Workload workload = new Workload(restarted, agreements);
        for (int i = 0; i < agreements; i++) {
            workload.agreementIds.set(i, agreementIds.get(i));
            workload.milestoneIds.set(i, milestoneIds.get(i));
        }
        return workload;
    }

    // ------------------------------------------------------------------------------------------------ fill

    /** Registers, signs and plans the first milestone of agreement {@code i}: three commands, each timed alone. */
    Outcome create(int i) throws IOException, InterruptedException {
        List<String> sector = RunningTracker.SECTORS.get(i % RunningTracker.SECTORS.size());
        String id = client.post("committee", "/api/v1/agreements", """
                {"ref": "BENCH-%05d", "title": "Agreement on %s cooperation no. %d between the Islamic Republic of \
                Pakistan and the Republic of Belarus", "kind": "AGREEMENT", "sectors": ["%s"],
                 "parties": ["%s", "%s"], "summary": "Benchmark agreement %d."}
                """.formatted(i, sector.get(0).toLowerCase(), i, sector.get(0), sector.get(1), sector.get(2), i))
                          .expectOk().id();
        agreementIds.set(i, id);
        client.post("committee", "/api/v1/agreements/" + id + "/signature", """
                {"signedOn": "%s", "place": "Minsk",
                 "signatories": [{"name": "Ishaq Dar", "role": "Deputy Prime Minister", "side": "PK"},
                                 {"name": "Maxim Ryzhenkov", "role": "Minister of Foreign Affairs", "side": "BY"}]}
                """.formatted(SIGNED_ON)).expectOk();
        milestoneIds.set(i, client.post("committee", "/api/v1/agreements/" + id + "/milestones",
                                        milestone(i, 0)).expectOk().id());
        return new Outcome("create", 201);
    }

    private static String milestone(int i, int round) {
        List<String> sector = RunningTracker.SECTORS.get(i % RunningTracker.SECTORS.size());
        String owner = sector.get(1 + (i + round) % 2);
        String due = FIRST_DUE.plusDays((i * 7L + round * 30L) % 730).toString();
        String indicator = i % INDICATOR_EVERY == 0
                ? ", \"indicator\": {\"name\": \"Workers placed\", \"unit\": \"persons\", \"target\": 15000}" : "";
        return """
                {"title": "Implementation step %d of agreement %d", "dueOn": "%s", "owner": "%s", "weight": %d%s}
                """.formatted(round + 1, i, due, owner, 1 + round % 3, indicator);
    }

    // ------------------------------------------------------------------------------------------------ commands

    /**
     * One write on an agreement chosen at random: 70% a progress report on its first milestone by the officer of
     * either party (both sides report on the same milestone), 15% a new milestone planned by the committee, 15% the
     * first milestone rescheduled by the committee.
     */
    Outcome command() throws IOException, InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int i = random.nextInt(agreements);
        String agreement = agreementIds.get(i);
        String milestone = milestoneIds.get(i);
        List<String> sector = RunningTracker.SECTORS.get(i % RunningTracker.SECTORS.size());
        int dice = random.nextInt(100);
        if (dice < 70) {
            String body = sector.get(1 + random.nextInt(2));
            boolean blocked = random.nextInt(20) == 0;
            String indicator = i % INDICATOR_EVERY == 0 ? ", \"indicatorValue\": " + random.nextInt(15_000) : "";
            Answer answer = client.post(RunningTracker.officer(body),
                                        "/api/v1/agreements/" + agreement + "/milestones/" + milestone + "/reports", """
                    {"status": "%s", "progressPercent": %d%s, "note": "%s",
                     "evidence": [{"title": "Minutes of the working group", "url": "https://example.org/minutes/%d.pdf",
                                   "category": "minutes"}]}
                    """.formatted(blocked ? "BLOCKED" : "IN_PROGRESS", 1 + random.nextInt(99), indicator, NOTE,
                                  random.nextInt(1_000_000)));
            return new Outcome("progress report", answer.status());
        }
        if (dice < 85) {
            Answer answer = client.post("committee", "/api/v1/agreements/" + agreement + "/milestones",
                                        milestone(i, 1 + random.nextInt(1_000)));
            return new Outcome("milestone planned", answer.status());
        }
        String newDue = FIRST_DUE.plusDays(random.nextInt(2, 2_000)).toString();
        Answer answer = client.post("committee",
                                    "/api/v1/agreements/" + agreement + "/milestones/" + milestone + "/reschedule", """
                {"newDueOn": "%s", "reason": "The joint commission moved the deadline at its session."}
                """.formatted(newDue));
        return new Outcome("milestone rescheduled", answer.status());
    }

    // ------------------------------------------------------------------------------------------------ queries

    /** The board queries, in turn: a page of 50 rows unfiltered and under filters, and the summary board. */
    Outcome query(long number) throws IOException, InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int pages = Math.max(1, agreements / 50);
        List<String> sector = RunningTracker.SECTORS.get(random.nextInt(RunningTracker.SECTORS.size()));
        String kind;
        String path;
        switch ((int) (number % 6)) {
            case 0 -> {
                kind = "board, no filter";
                path = "/api/v1/agreements?size=50&page=" + random.nextInt(pages);
            }
            case 1 -> {
                kind = "board, status";
                path = "/api/v1/agreements?status=SIGNED&size=50&page=" + random.nextInt(pages);
            }
            case 2 -> {
                kind = "board, sector";
                path = "/api/v1/agreements?sector=" + sector.get(0) + "&size=50&page="
                        + random.nextInt(Math.max(1, pages / RunningTracker.SECTORS.size()));
            }
            case 3 -> {
                kind = "board, party + sector + status";
                path = "/api/v1/agreements?party=" + sector.get(1 + random.nextInt(2)) + "&sector=" + sector.get(0)
                        + "&status=SIGNED&size=50&page=0";
            }
            case 4 -> {
                kind = "board, text";
                path = "/api/v1/agreements?q=" + sector.get(0).toLowerCase() + "%20cooperation%20no.%20"
                        + random.nextInt(agreements) + "&size=50&page=0";
            }
            default -> {
                kind = "summary board";
                path = "/api/v1/boards/summary";
            }
        }
        Answer answer = client.get("auditor", path);
        return new Outcome(kind, answer.status());
    }
}
