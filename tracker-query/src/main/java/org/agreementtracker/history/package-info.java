/** The recorded log as such, for what needs an event by its position (a correction names what it corrects so). */
package org.agreementtracker.history;
