package io.partnerdesk.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list, page after page: the suite's lists are keyset-paged, each page naming the {@code nextCursor}
 * to pass back ({@code null} on the last page). Pages are fetched lazily, as the stream is read.
 *
 * <pre>{@code
 * Pages.stream(cursor -> offers.listOffers(cursor, 200), PageOfferView::getItems, PageOfferView::getNextCursor)
 *         .forEach(offer -> ...);
 * }</pre>
 */
public final class Pages {

    private Pages() {
    }

    /** Fetches one page for a cursor ({@code null}: the first page); may throw the generated client's ApiException. */
    @FunctionalInterface
    public interface PageFetch<P> {
        P fetch(String cursor) throws Exception;
    }

    public static <P, T> Stream<T> stream(PageFetch<P> fetch, Function<P, List<T>> items,
            Function<P, String> nextCursor) {
        Iterator<T> iterator = new Iterator<>() {
            private Iterator<T> current = List.<T> of().iterator();
            private String cursor;
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    P page;
                    try {
                        page = fetch.fetch(cursor);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new PageFetchException(e);
                    }
                    List<T> pageItems = items.apply(page);
                    current = pageItems == null ? List.<T> of().iterator() : pageItems.iterator();
                    cursor = nextCursor.apply(page);
                    last = cursor == null || cursor.isEmpty();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    /** A page could not be fetched; the cause is the generated client's ApiException (status, problem body). */
    public static final class PageFetchException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PageFetchException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
