/** Bodies (ministries, agencies) and the register that says which country each belongs to. */
package org.agreementtracker.api.body;
