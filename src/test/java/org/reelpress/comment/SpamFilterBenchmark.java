package org.reelpress.comment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * How well the learning filter tells spam from film talk on the labelled comments in bench/spam:
 * k-fold cross-validation, training on all folds but one and scoring the one left out, with the
 * same tokens, arithmetic and thresholds as {@link BayesCheck}. Not a test; run it with main
 * (see bench/spam/README.md).
 */
class SpamFilterBenchmark {

    private static final int FOLDS = 5;

    record Example(Set<String> tokens, boolean spam) {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "bench/spam");
        List<Example> examples = new ArrayList<>();
        Files.readAllLines(folder.resolve("spam.txt")).stream().filter(l -> !l.isBlank())
                .forEach(line -> examples.add(new Example(SpamTokens.of(line), true)));
        Files.readAllLines(folder.resolve("ham.txt")).stream().filter(l -> !l.isBlank())
                .forEach(line -> examples.add(new Example(SpamTokens.of(line), false)));
        Collections.shuffle(examples, new Random(2026));

        int[] spamVerdict = new int[4];   // true positive, false positive, false negative, true negative
        int[] heldOrSpam = new int[4];
        int untrained = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            Map<String, NaiveBayes.Tally> seen = new HashMap<>();
            long spam = 0;
            long ham = 0;
            for (int i = 0; i < examples.size(); i++) {
                if (i % FOLDS != fold) {
                    Example e = examples.get(i);
                    spam += e.spam() ? 1 : 0;
                    ham += e.spam() ? 0 : 1;
                    for (String token : e.tokens()) {
                        NaiveBayes.Tally t = seen.getOrDefault(token, NaiveBayes.Tally.NONE);
                        seen.put(token, new NaiveBayes.Tally(t.spam() + (e.spam() ? 1 : 0), t.ham() + (e.spam() ? 0 : 1)));
                    }
                }
            }
            for (int i = fold; i < examples.size(); i += FOLDS) {
                Example e = examples.get(i);
                var score = NaiveBayes.spamProbability(e.tokens(), new NaiveBayes.Tally(spam, ham), seen);
                untrained += score.isEmpty() ? 1 : 0;
                tally(spamVerdict, score.orElse(0) > BayesCheck.SPAM, e.spam());
                tally(heldOrSpam, score.orElse(0) > BayesCheck.HOLD, e.spam());
            }
        }
        System.out.printf("%d labelled comments (%d spam), %d-fold cross-validation, %d scored untrained%n",
                examples.size(), examples.stream().filter(Example::spam).count(), FOLDS, untrained);
        report("kept as spam (score > " + BayesCheck.SPAM + ")", spamVerdict);
        report("held or kept as spam (score > " + BayesCheck.HOLD + ")", heldOrSpam);
    }

    private static void tally(int[] counts, boolean flagged, boolean spam) {
        counts[flagged ? (spam ? 0 : 1) : (spam ? 2 : 3)]++;
    }

    private static void report(String what, int[] c) {
        double precision = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        double recall = (double) c[0] / (c[0] + c[2]);
        System.out.printf("%-42s precision %.3f  recall %.3f  (%d spam caught, %d good comments caught, %d spam missed)%n",
                what, precision, recall, c[0], c[1], c[2]);
    }
}
