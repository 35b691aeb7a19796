package org.lianxin.api.security;

/** What a user does in deputy work (DOMAIN.md §2); each role acts within its user's region scope. */
public enum Role {
    /** Runs the platform: users, practices, configuration, and every action of staff. */
    ADMIN("系统管理员"),
    /** Liaison-office staff (人大代表联络工作人员): the ledger, assignment, review, duties, exports. */
    STAFF("联络工作人员"),
    /** A congress leader: reads everything in scope, leads key supervision, sees statistics. */
    LEADER("人大常委会领导"),
    /** A deputy group leader: a deputy who also reviews the group's suggestions and duty records. */
    GROUP_LEADER("代表小组组长"),
    /** A deputy: their own suggestions, evaluations, duty records and score. */
    DEPUTY("人大代表"),
    /** A handling unit's handler: the items assigned to their unit. */
    HANDLER("承办单位经办人"),
    /** The procuratorate's liaison: public-interest litigation clues and procuratorial suggestions. */
    PROCURATORATE("检察院联络人"),
    /** Anyone without a login: the public intake and published outcomes only. */
    PUBLIC("社会公众");

    private final String nameZh;

    Role(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
