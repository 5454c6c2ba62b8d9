/** What the command side says when an aggregate's recorded history cannot be applied to it. */
package org.agreementtracker.api.history;
