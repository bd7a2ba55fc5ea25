package kmcheck.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come in input order whatever order the jobs finish in; each state stays on its thread. */
class InOrderTest {

    /** A job state that records the threads it is used on. */
    private static final class State implements AutoCloseable {
        final Set<Thread> users = ConcurrentHashMap.newKeySet();
        static final AtomicInteger OPEN = new AtomicInteger();

        State() {
            OPEN.incrementAndGet();
        }

        @Override
        public void close() {
            OPEN.decrementAndGet();
        }
    }

    @Test
    void resultsArriveInInputOrderAndStatesAreNotShared() throws Exception {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        List<State> states = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        new InOrder<State>(3, () -> {
            State s = new State();
            synchronized (states) {
                states.add(s);
            }
            return s;
        }).run(items, (s, i) -> {
            s.users.add(Thread.currentThread());
            Thread.sleep((40 - i) % 7); // later items often finish first
            return i * i;
        }, (index, r) -> {
            assertEquals(index * index, r);
            seen.add(index);
            return true;
        });
        assertEquals(items, seen);
        assertEquals(3, states.size());
        states.forEach(s -> assertTrue(s.users.size() <= 1, "a state used on " + s.users));
        assertEquals(0, State.OPEN.get(), "every state closed");
    }

    @Test
    void aFailureComesAfterTheResultsBeforeIt() {
        List<Integer> seen = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new InOrder<State>(2, State::new)
                .run(IntStream.range(0, 20).boxed().toList(), (s, i) -> {
                    if (i == 7) {
                        throw new IllegalStateException("item 7");
                    }
                    Thread.sleep(i % 3);
                    return i;
                }, (index, r) -> seen.add(r)));
        assertEquals("item 7", e.getMessage());
        assertEquals(IntStream.range(0, 7).boxed().toList(), seen);
    }

    @Test
    void theConsumerStopsTheRun() throws Exception {
        List<Integer> seen = new ArrayList<>();
        new InOrder<State>(2, State::new).run(IntStream.range(0, 100).boxed().toList(), (s, i) -> i,
                (index, r) -> seen.add(r) && r < 4);
        assertEquals(List.of(0, 1, 2, 3, 4), seen);
    }
}
