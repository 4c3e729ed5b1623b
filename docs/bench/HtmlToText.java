import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Benchmark corpus helper (docs/benchmarks.md, "Bulk checking"): turns the HTML that `jixiao render --format html`
 * writes into plain text laid out as a word processor's "save as text" does — one line per heading or paragraph,
 * one line per table row with the cells separated by tabs (a cell spanning n columns followed by n-1 empty cells).
 * Usage: java -cp "jixiao-cli/target/lib/*" docs/bench/HtmlToText.java IN_DIR OUT_DIR
 */
public class HtmlToText {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(in)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : files) {
            StringBuilder text = new StringBuilder();
            write(Jsoup.parse(file.toFile(), "UTF-8").body(), text);
            String name = file.getFileName().toString().replaceFirst("\\.html$", ".txt");
            Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
        }
        System.out.println(files.size() + " files");
    }

    private static void write(Element element, StringBuilder text) {
        for (Element child : element.children()) {
            switch (child.tagName()) {
                case "table" -> {
                    for (Element row : child.select("tr")) {
                        StringBuilder line = new StringBuilder();
                        for (Element cell : row.select("> th, > td")) {
                            if (!line.isEmpty() || cell.elementSiblingIndex() > 0) line.append('\t');
                            line.append(cell.text().strip());
                            int span = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
                            for (int i = 1; i < span; i++) line.append('\t');
                        }
                        text.append(line).append("\n");
                    }
                    text.append("\n");
                }
                case "h1", "h2", "h3", "h4", "h5", "p", "li", "caption" -> text.append(child.text().strip()).append("\n\n");
                default -> {
                    if (child.children().isEmpty()) {
                        if (!child.text().isBlank()) text.append(child.text().strip()).append("\n\n");
                    } else {
                        write(child, text);
                    }
                }
            }
        }
    }
}
