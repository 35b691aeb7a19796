package org.lianxin.shell.support;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A block of "Label : value" lines for the show commands; empty values are left out. */
public final class Details {

    private final List<String[]> lines = new ArrayList<>();

    public Details add(String label, Object value) {
        if (value != null && !value.toString().isBlank()) {
            lines.add(new String[] {label, value.toString()});
        }
        return this;
    }

    /** Also prints the label when the value is empty. */
    public Details always(String label, Object value) {
        lines.add(new String[] {label, value == null ? "" : value.toString()});
        return this;
    }

    public List<String> render() {
        int width = lines.stream().mapToInt(l -> WideText.width(l[0])).max().orElse(0);
        String indent = " ".repeat(width + 3);
        List<String> out = new ArrayList<>();
        for (String[] line : lines) {
            String[] parts = line[1].strip().split("\\R");
            out.add((WideText.padRight(line[0], width) + " : " + parts[0]).stripTrailing());
            for (int i = 1; i < parts.length; i++) {
                out.add((indent + parts[i]).stripTrailing());
            }
        }
        return out;
    }

    public void print(PrintStream out) {
        render().forEach(out::println);
    }
}
