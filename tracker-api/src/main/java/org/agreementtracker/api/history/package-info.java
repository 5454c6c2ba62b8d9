/**
 * The recorded history: which event is at a position of the log, and what the command side says when an aggregate's
 * recorded history cannot be applied to it.
 */
package org.agreementtracker.api.history;
