package docket.denorm;

/**
 * The one place Redis keys are built. Keys of one assignment share the hash tag {@code {a:ID}} so
 * that multi-key commands (SDIFFSTORE, SMISMEMBER, RENAME) stay on one Redis Cluster slot.
 */
public final class RedisKeys {

    private RedisKeys() {
    }

    public static String pages(long assignment) {
        return tag(assignment) + ":pages";
    }

    public static String done(long assignment) {
        return tag(assignment) + ":done";
    }

    public static String open(long assignment) {
        return tag(assignment) + ":open";
    }

    public static String seen(long assignment, long reviewer) {
        return tag(assignment) + ":seen:" + reviewer;
    }

    /** A SCAN pattern for every key of the assignment. */
    public static String allOf(long assignment) {
        return tag(assignment) + ":*";
    }

    public static String seenPattern(long assignment) {
        return tag(assignment) + ":seen:*";
    }

    public static String unseen(long assignment, String holder) {
        return tag(assignment) + ":unseen:" + holder;
    }

    public static String lease(long assignment, long page) {
        return tag(assignment) + ":lease:" + page;
    }

    public static String built(long assignment) {
        return tag(assignment) + ":built";
    }

    /**
     * A cached leaderboard: {@code recent}, {@code member:ID}, {@code party:ID} or {@code assignment:ID};
     * it shares its hash tag with its refresh lock, which one script reads with it.
     */
    public static String leaders(String board) {
        return "{lb:" + board + "}";
    }

    /** The name of an assignment's leaderboard, for {@link #leaders}. */
    public static String assignmentBoard(long assignment) {
        return "assignment:" + assignment;
    }

    /** The lock held by the one request that recounts a stale leaderboard. */
    public static String leadersRefresh(String board) {
        return leaders(board) + ":refresh";
    }

    /** A SCAN pattern for every cached leaderboard and refresh lock. */
    public static final String ALL_LEADERS = "{lb:*";

    /**
     * A sender's token bucket for one limit (Bucket4j's state): LIMIT as in {@code docket.limits.Limit},
     * SUBJECT {@code address:IP}, {@code reviewer:ID} or {@code visitor:TOKEN}. Used alone, so the whole key is its
     * hash tag and buckets spread over a Redis Cluster.
     */
    public static String limit(String limit, String subject) {
        return "{limit:" + limit + ":" + subject + "}";
    }

    /** Recent refusals by the limits, scored by their last time; read with {@link #refusalCounts()} in one script. */
    public static String refusals() {
        return "{limits}:refused";
    }

    /** How many times each entry of {@link #refusals()} was refused. */
    public static String refusalCounts() {
        return refusals() + ":count";
    }

    /** Each running instance's watermark: everything it committed before that time has reached Redis. */
    public static String watermarks() {
        return "{denorm}:watermarks";
    }

    /** A scratch copy written during a rebuild and renamed over the live key at the end. */
    public static String building(String key) {
        return key + ":building";
    }

    private static String tag(long assignment) {
        return "{a:" + assignment + "}";
    }
}
