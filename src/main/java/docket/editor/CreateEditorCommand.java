package docket.editor;

import io.micronaut.context.annotation.Prototype;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code tools/create-editor USERNAME}: asks for the password (or reads it from stdin) and makes the editor. */
@Prototype
@Command(name = "create-editor", mixinStandardHelpOptions = true,
        description = "Creates an editor account, or gives an existing reviewer the editor role and a new password. "
                + "The password is asked for, or read from the first line of standard input.")
public class CreateEditorCommand implements Callable<Integer> {

    @Parameters(paramLabel = "USERNAME")
    String username;

    private final Editors editors;

    CreateEditorCommand(Editors editors) {
        this.editors = editors;
    }

    @Override
    public Integer call() throws IOException {
        if (!username.matches("[A-Za-z0-9_.-]{2,60}") || username.startsWith("anon-")) {
            System.err.println("create-editor: a username is 2-60 letters, digits, '.', '_' or '-', and not anon-N");
            return 2;
        }
        String password = readPassword();
        if (password == null || password.length() < Editors.MINIMUM_PASSWORD) {
            System.err.println("create-editor: the password needs at least " + Editors.MINIMUM_PASSWORD + " characters");
            return 2;
        }
        System.out.println("Editor " + editors.save(username, password).name() + " can sign in at /login");
        return 0;
    }

    private static String readPassword() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for the editor: ");
            return typed == null ? null : new String(typed);
        }
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
