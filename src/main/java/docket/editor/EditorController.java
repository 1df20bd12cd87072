package docket.editor;

import docket.assignment.AssignmentState;
import docket.assignment.Featuring;
import docket.community.DiscoveryRepository;
import docket.community.DiscoveryView;
import docket.tag.Tag;
import docket.tag.TagRepository;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Collection;
import java.util.List;

/** The sign-in page and the desk editors land on. Access rules live in application.yml's intercept-url-map. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class EditorController {

    private final TagRepository tags;
    private final AssignmentDesk assignmentDesk;
    private final DiscoveryRepository discoveries;
    private final ApiTokens apiTokens;
    private final Lockouts lockouts;

    EditorController(TagRepository tags, AssignmentDesk assignmentDesk, DiscoveryRepository discoveries, ApiTokens apiTokens,
                     Lockouts lockouts) {
        this.discoveries = discoveries;
        this.apiTokens = apiTokens;
        this.lockouts = lockouts;
        this.tags = tags;
        this.assignmentDesk = assignmentDesk;
    }

    @Introspected
    record LoginView(boolean error, boolean forbidden, boolean locked) {
    }

    @Introspected
    record DeskView(String editor, List<Tag> tags, List<AssignmentDesk.Detail> assignments, List<DiscoveryView> discoveries,
                    List<ApiTokens.TokenView> apiTokens, List<LockedAccount> lockedAccounts, List<AssignmentState> states,
                    List<Featuring> featurings) {
    }

    @Serdeable
    record Me(String name, Collection<String> roles) {
    }

    /** Lets a script check its credentials: the signed-in editor. */
    @Get("/api/editor/me")
    Me me(Authentication editor) {
        return new Me(editor.getName(), editor.getRoles());
    }

    @View("editor/login")
    @Hidden
    @Get("/login")
    LoginView login(@QueryValue @Nullable String error, @QueryValue @Nullable String forbidden, @QueryValue @Nullable String locked) {
        return new LoginView(error != null, forbidden != null, locked != null);
    }

    @View("editor/desk")
    @Hidden
    @Get("/editor")
    DeskView desk(Authentication editor) {
        return new DeskView(editor.getName(), tags.findAllOrderByPosition(), assignmentDesk.all(), discoveries.all(),
                apiTokens.of(editor.getName()), lockouts.locked(), List.of(AssignmentState.values()), List.of(Featuring.values()));
    }
}
