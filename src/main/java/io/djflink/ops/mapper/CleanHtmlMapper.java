package io.djflink.ops.mapper;

import io.djflink.ops.OpArgs;
import io.djflink.ops.OpSpec;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * DataJuicer's {@code clean_html_mapper}: replaces {@code <li>} and {@code <ol>} by {@code "\n*"}
 * and drops {@code </li>} and {@code </ol>} (literally, case-sensitively), parses the result as an
 * HTML5 document and keeps the text of its body: every text node (script and style contents
 * included, comments not), entities decoded, whitespace as it is.
 *
 * <p>DataJuicer parses with selectolax (the Modest engine) and takes {@code HTMLParser.text()},
 * the text of the body element; this class parses with jsoup and reproduces what the HTML5 tree
 * construction rules put into the body where jsoup differs from them:
 * <ul>
 *   <li>line breaks are normalised first ({@code \r\n} and {@code \r} become {@code \n});</li>
 *   <li>whitespace before the first content goes to the head or is dropped, never to the body, so
 *       {@code "  text  "} becomes {@code "text  "} (jsoup would keep it when the body is implied
 *       by that text);</li>
 *   <li>text after {@code </body>} or {@code </html>} belongs to the body;</li>
 *   <li>a line break right after {@code <textarea>} is dropped.</li>
 * </ul>
 * The head is not part of the body, so a {@code <title>} contributes nothing; an unknown tag such
 * as {@code <kkk>} is an element whose text stays, {@code <测试>} is not a tag and stays as text,
 * and {@code </测试>} is a bogus comment and disappears.
 */
public final class CleanHtmlMapper extends TextMapper {

    public static final OpSpec SPEC = OpSpec.mapper("clean_html_mapper", CleanHtmlMapper::new)
            .description("Turns HTML into its plain text.")
            .build();

    private final Parser parser = Parser.htmlParser().setTrackPosition(true);

    public CleanHtmlMapper(OpArgs args) {
        super(args);
    }

    @Override
    String map(String text) {
        String html = text.replace("<li>", "\n*").replace("</li>", "").replace("<ol>", "\n*").replace("</ol>", "");
        if (html.indexOf('\r') >= 0) {
            html = html.replace("\r\n", "\n").replace('\r', '\n');
        }
        Document document = parser.parseInput(html, "");
        BodyText body = new BodyText(document.body());
        NodeTraversor.traverse(body, document);
        return body.toString();
    }

    /** Collects the text from the start of the body element to the end of the document. */
    private static final class BodyText implements NodeVisitor {

        private final Element body;
        /** Whether the body was implied by text, whose leading whitespace the HTML5 rules keep out. */
        private final boolean impliedByText;
        private final StringBuilder text = new StringBuilder();
        private boolean inBody;

        BodyText(Element body) {
            this.body = body;
            this.impliedByText = body.sourceRange().isImplicit() && body.firstChild() instanceof TextNode;
        }

        @Override
        public void head(Node node, int depth) {
            if (node == body) {
                inBody = true;
            } else if (inBody && node instanceof TextNode t) {
                append(t.getWholeText(), t);
            } else if (inBody && node instanceof DataNode d) {
                text.append(d.getWholeData());
            }
        }

        private void append(String content, TextNode node) {
            int from = 0;
            if (impliedByText && node == body.firstChild()) {
                while (from < content.length() && isHtmlWhitespace(content.charAt(from))) {
                    from++;
                }
            } else if (node.siblingIndex() == 0 && node.parent() != null && node.parent().nameIs("textarea")
                    && content.startsWith("\n")) {
                from = 1;
            }
            text.append(content, from, content.length());
        }

        private static boolean isHtmlWhitespace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
