package org.summitgraph.extraction;

import java.util.regex.Pattern;

/**
 * What the holder of a bare lead title leads as a whole: a team, an office or a department of an organisation
 * ("腾讯开源管理办公室", "蚂蚁金服中间件团队", "the Fenwick platform team") or a project ("Rspack核心团队的负责人" is read on
 * Rspack). A company, a foundation or a centre is not led by its "负责人" of some work: the title there names a post.
 */
final class LedUnits {

    /** A unit of people by its last word; "中心" and "委员会" name bodies whose "负责人" heads their work, not them. */
    private static final Pattern UNIT_NAME = Pattern.compile("(?:团队|小组|工作组|办公室|部门|[^总本全]部|(?i:\\s(?:team|office|department)|OSPO))$");

    private LedUnits() {
    }

    static boolean isLedWhole(Entity e) {
        if (e.kind() == EntityKind.PROJECT) {
            return true;
        }
        return e.kind().isOrganization() && e.labels().values().stream().anyMatch(l -> UNIT_NAME.matcher(l.strip()).find());
    }
}
