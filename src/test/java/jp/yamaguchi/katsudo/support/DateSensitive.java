package jp.yamaguchi.katsudo.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test whose outcome depends on today's date or the time of day (publication dates, deadlines,
 * calendars, "upcoming" and "past", schedules, expiry). {@code make test-clock} runs these again
 * with the {@link TestClock} at 23:59 and 00:01 JST and at 23:59 UTC, each in another JVM time
 * zone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("date-sensitive")
public @interface DateSensitive {}
