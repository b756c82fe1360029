using BoundCheck.Report.Formatting;

namespace BoundCheck.Report.Tests.Formatting;

public sealed class MarkdownTextTests
{
    [TestCase("a | b", @"a \| b")]
    [TestCase("one\ntwo\r\nthree", "one two three")]
    [TestCase("x_1 * y", @"x\_1 \* y")]
    [TestCase("<b>", @"\<b\>")]
    [TestCase("", "—")]
    [TestCase(null, "—")]
    public void CellsAreEscaped(string? text, string expected) => Assert.That(MarkdownText.Cell(text), Is.EqualTo(expected));

    [TestCase(@"\|x\|_2 \le |y|", @"$\Vert x\Vert _2 \le \vert y\vert $")]
    public void InlineMathHasNoPipe(string latex, string expected) => Assert.That(MarkdownText.InlineMath(latex), Is.EqualTo(expected));

    [Test]
    public void CodeWithAPipeIsEscapedPlainText() => Assert.That(MarkdownText.Code("a|b_c"), Is.EqualTo(@"a\|b\_c"));

    [TestCase("id-1", "`id-1`")]
    [TestCase("a`b", "`` a`b ``")]
    public void CodeSpans(string text, string expected) => Assert.That(MarkdownText.Code(text), Is.EqualTo(expected));
}
