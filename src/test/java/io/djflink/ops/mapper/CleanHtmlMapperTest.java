package io.djflink.ops.mapper;

import static io.djflink.ops.mapper.MapperRunner.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.djflink.ops.Mapper;
import io.djflink.ops.Sample;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expected texts are DataJuicer's (its unit tests' cases among them) or, where those do not reach,
 * what the HTML5 tree construction rules put into the body.
 */
class CleanHtmlMapperTest {

    private static String clean(String text) {
        return map(CleanHtmlMapper.SPEC, text);
    }

    @Test
    void keepsTheTextOfACompleteDocumentWithListItemsAsBullets() {
        assertThat(clean("<header><nav><ul><tile>测试</title><li><a href=\"#\">Home</a></li><li><a href=\"#\">About</a>"
                + "</li><li><a href=\"#\">Services</a></li><li><a href=\"#\">Contact</a></li></ul></nav></header><main>"
                + "<h1>Welcome to My Website</h1><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.<button>"
                + "Learn More</button></main><footer><p>&copy; 2021 My Website. All Rights Reserved.</p></footer>"))
                .isEqualTo("测试\n*Home\n*About\n*Services\n*ContactWelcome to My WebsiteLorem ipsum dolor sit amet, "
                        + "consectetur adipiscing elit.Learn More© 2021 My Website. All Rights Reserved.");
        assertThat(clean("<p>这是1个测试。</p><div class=\"article-content\"><div><p>这是2个测试。</p><p><span>测试</span>"
                + "：这是4个测试。</p></div></div><p></p><div></div>")).isEqualTo("这是1个测试。这是2个测试。测试：这是4个测试。");
        assertThat(clean("<li>Apple</li>")).isEqualTo("*Apple");
        assertThat(clean("<ol>苹果</ol>")).isEqualTo("*苹果");
    }

    @Test
    void toleratesStrayAndUnknownTagsAndKeepsTextThatIsNoTag() {
        assertThat(clean("This is a test</p>")).isEqualTo("This is a test");
        assertThat(clean("<p>这是个测试")).isEqualTo("这是个测试");
        assertThat(clean("<kkkeabcd>hello</kkkeabcd>")).isEqualTo("hello");
        assertThat(clean("<测试>这是个测试</测试>")).isEqualTo("<测试>这是个测试");
        assertThat(clean("abc=\"https://www.example.com/file.html?name=Test\" 测试"))
                .isEqualTo("abc=\"https://www.example.com/file.html?name=Test\" 测试");
        assertThat(clean("<abc=\"https://www.example.com/file.html?name=Test\">测试")).isEqualTo("测试");
    }

    @Test
    void dropsWhitespaceBeforeTheFirstContentAndKeepsTheRest() {
        assertThat(clean("    ")).isEmpty();
        assertThat(clean("")).isEmpty();
        assertThat(clean("    This is a test  ")).isEqualTo("This is a test  ");
        assertThat(clean("  <!-- note --> x")).isEqualTo("x");
        assertThat(clean("<body>  x")).isEqualTo("  x");
        assertThat(clean("<p>a</p>\n<p>b</p>\n")).isEqualTo("a\nb\n");
    }

    @Test
    void takesOnlyTheBodySoTheHeadAndItsTitleContributeNothing() {
        assertThat(clean("<html><head><title>T</title></head><body>b</body></html>")).isEqualTo("b");
        assertThat(clean("<title>T</title>  <p>x</p>  ")).isEqualTo("x  ");
    }

    @Test
    void textAfterTheBodyEndBelongsToTheBody() {
        assertThat(clean("<html><body>b</body>\n</html>\n")).isEqualTo("b\n\n");
    }

    @Test
    void decodesEntitiesAndKeepsScriptsButNotComments() {
        assertThat(clean("a&amp;b &lt;c&gt; &#128512; &notit;")).isEqualTo("a&b <c> 😀 ¬it;");
        assertThat(clean("<p>x</p><script>var a=1;</script><!-- c -->b")).isEqualTo("xvar a=1;b");
        assertThat(clean("<script>in the head</script>b")).isEqualTo("b");
    }

    @Test
    void normalisesLineBreaksAndDropsTheOneAfterTextareaAndPre() {
        assertThat(clean("a\r\nb\rc")).isEqualTo("a\nb\nc");
        assertThat(clean("<textarea>\nq</textarea><pre>\nr</pre>")).isEqualTo("qr");
    }

    @Test
    void oneInstanceParsesEachDocumentOnItsOwn() {
        Mapper mapper = (Mapper) CleanHtmlMapper.SPEC.create(Map.of(), "text");
        Sample first = Sample.of("text", "<table><tr><td>a");
        Sample second = Sample.of("text", "  b");
        mapper.process(first);
        mapper.process(second);
        assertThat(first.get("text")).isEqualTo("a");
        assertThat(second.get("text")).isEqualTo("b");
    }

    @Test
    void longText() {
        String paragraph = "<p>" + "word ".repeat(200_000) + "</p>";
        assertThat(clean(paragraph)).isEqualTo("word ".repeat(200_000));
    }
}
