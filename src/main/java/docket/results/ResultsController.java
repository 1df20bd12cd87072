package docket.results;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;

/** The tag and combination pages: most tagged first, and the same under {@code /in-order/…}. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ResultsController {

    private final TagLists lists;

    ResultsController(TagLists lists) {
        this.lists = lists;
    }

    /** {@code feedUrl} puts the Atom feed in the page's head, so a feed reader given the page finds it. */
    @Introspected
    record ListView(TagList list, TagLists.Page page, boolean inOrder, String feedUrl) {
    }

    @View("results/list")
    @Get("/tags/{tag}")
    ListView all(String tag, @QueryValue @Nullable String after) {
        return view(lists.find(null, null, tag), ListOrder.MOST_TAGGED, after);
    }

    @View("results/list")
    @Get("/in-order/tags/{tag}")
    ListView allInOrder(String tag, @QueryValue @Nullable String after) {
        return view(lists.find(null, null, tag), ListOrder.IN_ORDER, after);
    }

    @View("results/list")
    @Get("/{segment}/{key}/tags/{tag}")
    ListView narrowed(String segment, String key, String tag, @QueryValue @Nullable String after) {
        return view(lists.find(segment, key, tag), ListOrder.MOST_TAGGED, after);
    }

    @View("results/list")
    @Get("/in-order/{segment}/{key}/tags/{tag}")
    ListView narrowedInOrder(String segment, String key, String tag, @QueryValue @Nullable String after) {
        return view(lists.find(segment, key, tag), ListOrder.IN_ORDER, after);
    }

    private ListView view(TagList list, ListOrder order, @Nullable String after) {
        return new ListView(list, lists.page(list, order, after, TagLists.DEFAULT_LIMIT), order == ListOrder.IN_ORDER,
                list.apiPath() + "?format=atom");
    }
}
