package org.reelpress.comment;

import java.util.Comparator;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The learning filter's arithmetic, apart from where the counts are kept. Each token's spam
 * probability comes from how many spam and ham messages held it, with Laplace smoothing; the 15
 * tokens furthest from a coin toss are combined as Paul Graham's "A Plan for Spam" does.
 */
final class NaiveBayes {

    static final int MOST_TELLING = 15;

    /** How many spam and ham messages: in total, or holding one token. */
    record Tally(long spam, long ham) {
        static final Tally NONE = new Tally(0, 0);
    }

    private NaiveBayes() {
    }

    /** The probability that a message with these tokens is spam; empty until both kinds have been taught. */
    static OptionalDouble spamProbability(Set<String> tokens, Tally messages, Map<String, Tally> seen) {
        if (messages.spam() == 0 || messages.ham() == 0) {
            return OptionalDouble.empty();
        }
        double[] telling = tokens.stream()
                .map(token -> seen.getOrDefault(token, Tally.NONE))
                .filter(tally -> tally.spam() + tally.ham() > 0)
                .map(tally -> tokenProbability(tally, messages))
                .sorted(Comparator.comparingDouble(p -> -Math.abs(p - 0.5)))
                .limit(MOST_TELLING)
                .mapToDouble(Double::doubleValue).toArray();
        if (telling.length == 0) {
            return OptionalDouble.of(0.5);
        }
        double logSpam = 0;
        double logHam = 0;
        for (double p : telling) {
            logSpam += Math.log(p);
            logHam += Math.log(1 - p);
        }
        return OptionalDouble.of(1 / (1 + Math.exp(logHam - logSpam)));
    }

    private static double tokenProbability(Tally token, Tally messages) {
        double inSpam = (token.spam() + 1.0) / (messages.spam() + 2.0);
        double inHam = (token.ham() + 1.0) / (messages.ham() + 2.0);
        double p = inSpam / (inSpam + inHam);
        return Math.min(0.99, Math.max(0.01, p));
    }
}
