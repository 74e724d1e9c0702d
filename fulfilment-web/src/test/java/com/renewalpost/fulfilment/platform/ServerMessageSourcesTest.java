package com.renewalpost.fulfilment.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No sentence a person reads is written into the code paths that make server messages: problem
 * details, field problems, timeline entries, verdicts, import rows and page messages take message
 * keys with arguments, never an English literal (a string literal with words in it). The address
 * rules of label-printing are held to the same.
 */
class ServerMessageSourcesTest {

    /** The calls whose arguments become words on a page or in an answer. */
    private static final List<String> CALLS = List.of("new ProblemException(", "ProblemDetail.of(", "new ProblemDetail(",
            "new DomainException(", "DomainException.invalid(", "DomainException.notFound(", "DomainException.conflict(",
            "DomainException.unprocessable(", "DomainException.forbidden(", "new DomainException.FieldError(", "super(Kind.",
            "new ProblemDetail.FieldText(", ".withErrors(", "new FieldProblem(", ".transition(", ".record(TimelineEntry",
            "new Verbatim(", "PageMessages.done(", "PageMessages.refused(", "PageMessages.refusedField(",
            "new ImportResult.Row(", "new Unpriced(", "new Misread(", "new Mismatch(", "new Unreadable(",
            "new Scanned(", "new Line(", "new OutOfStock(", "new Canonical(", "new Parsed(", "new AddressProblem(",
            "AddressMessage.of(", "problems.add(", "errors.add(", "warnings.add(", "throw invalid(", "throw problem(",
            "throw conflict(", "problem(4", "problem(Response");
    /** Words in a literal: at least two, as in a sentence or a piece of one. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}[ ,;]+[A-Za-z]{2,}");
    /** What stands before a message key, which is not words. */
    private static final Pattern BEFORE_KEY = Pattern.compile("(Message|AddressMessage)\\.of\\(\\s*$");
    private static final List<Path> SOURCES = List.of(Path.of("src", "main", "java"),
            Path.of("..", "label-printing", "src", "main", "java", "com", "renewalpost", "labels", "address"));

    @Test
    void noEnglishSentenceIsWrittenIntoAServerMessage() throws IOException {
        List<String> found = new ArrayList<>();
        int calls = 0;
        for (var root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    var code = withoutComments(Files.readString(file));
                    for (var call : CALLS) {
                        for (int at = code.indexOf(call); at >= 0; at = code.indexOf(call, at + 1)) {
                            calls++;
                            var arguments = arguments(code, at + call.length());
                            for (var literal : literals(arguments)) {
                                found.add(file.getFileName() + ": " + call + " ... " + literal);
                            }
                        }
                    }
                }
            }
        }
        assertThat(calls).as("calls inspected").isGreaterThan(300);
        assertThat(found).isEmpty();
    }

    /** The text up to the parenthesis that closes the call's, strings and chars skipped whole. */
    static String arguments(String code, int from) {
        int depth = 1;
        int i = from;
        while (i < code.length() && depth > 0) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            i++;
        }
        return code.substring(from, Math.max(from, i - 1));
    }

    /** The string literals of some code that hold words, keys of messages left out. */
    static List<String> literals(String code) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(code, i);
                var literal = code.substring(i, Math.min(end, code.length()));
                if (c == '"' && WORDS.matcher(literal).find() && !BEFORE_KEY.matcher(code.substring(0, i)).find()) {
                    found.add(literal);
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int endOfLiteral(String code, int start) {
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote) {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "").replaceAll("(?m)\\s//[^\"]*$", "");
    }
}
