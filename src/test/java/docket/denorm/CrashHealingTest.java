package docket.denorm;

import docket.Fixtures;
import docket.assignment.Assignment;
import docket.review.ReviewService;
import docket.web.Visitor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instance killed between its MySQL commits and their Redis writes: the reviews are the truth, Redis
 * never heard of them, and the instance is gone before it could notice. The instance started next
 * heals Redis by itself, without a rebuild and without anyone typing a command.
 */
class CrashHealingTest {

    @Test
    void reviewsCommittedJustBeforeACrashReachRedisWhenTheNextInstanceStartsWithNoRebuild() throws Exception {
        Assignment assignment;
        List<Long> pages;
        String builtBefore;
        String redisUri;
        try (ApplicationContext crashing = ApplicationContext.run(Environment.TEST)) {
            Fixtures fixtures = crashing.getBean(Fixtures.class);
            Fixtures.Member member = fixtures.memberWithPages(3);
            pages = member.pages();
            assignment = fixtures.assignment(1, member);
            String tag = fixtures.tag().slug();
            redisUri = crashing.getProperty("redis.uri", String.class).orElseThrow();
            RedisClient client = RedisClient.create(redisUri);
            try (StatefulRedisConnection<String, String> admin = client.connect()) {
                builtBefore = admin.sync().get(RedisKeys.built(assignment.id()));
                Thread.sleep(1500); // the instance has beaten at least once since the assignment was built
                // Redis stops answering for a few seconds: the reviews commit, their Redis writes time out,
                // and the instance is stopped before Redis is back, so it never rebuilds anything.
                admin.sync().clientPause(4000);
                ReviewService reviews = crashing.getBean(ReviewService.class);
                for (long page : pages.subList(0, 2)) {
                    reviews.submit(page, new Visitor(UUID.randomUUID().toString(), null), assignment.slug(),
                            new ReviewService.Verdict(List.of(tag), false, false));
                }
            } finally {
                client.shutdown();
            }
        }
        RedisClient client = RedisClient.create(redisUri);
        try (StatefulRedisConnection<String, String> admin = client.connect()) {
            RedisCommands<String, String> redis = admin.sync();
            assertFalse(redis.sismember(RedisKeys.done(assignment.id()), pages.get(0).toString()),
                    "the crash left Redis behind MySQL");

            try (ApplicationContext restarted = ApplicationContext.run(Environment.TEST)) {
                restarted.getBean(Fixtures.class).awaitNoDrift(List.of(assignment));

                Denormalizer denormalizer = restarted.getBean(Denormalizer.class);
                assertTrue(redis.sismember(RedisKeys.done(assignment.id()), pages.get(0).toString()));
                assertEquals(1, redis.scard(RedisKeys.open(assignment.id())));
                assertEquals(builtBefore, redis.get(RedisKeys.built(assignment.id())), "healed without a rebuild");
                assertEquals(0, denormalizer.backgroundRebuilds(assignment.id()));
            }
        } finally {
            client.shutdown();
        }
    }
}
