package org.agreementtracker.readmodel;

/**
 * The names of the fields that several read models share, written once: a projection writes a document with them, its
 * queries and filters read them, the as-of engine folds into them. A field that only one read model has is named
 * beside that read model's fold ({@link MilestoneAccount} for a milestone's accounts).
 */
public final class Fields {

    public static final String AGREEMENT_ID = "agreementId";
    public static final String AGREEMENT_REF = "agreementRef";
    public static final String REF = "ref";
    public static final String TITLE = "title";
    public static final String STATUS = "status";
    public static final String MILESTONES = "milestones";
    public static final String MILESTONE_ID = "milestoneId";
    public static final String OWNER = "owner";
    public static final String DUE_ON = "dueOn";

    private Fields() {
    }
}
