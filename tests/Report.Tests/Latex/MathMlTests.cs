using BoundCheck.Report.Latex;

namespace BoundCheck.Report.Tests.Latex;

public sealed class MathMlTests
{
    // Expected MathML written by hand from the MathML Core element definitions.
    [TestCase("x", "<mi>x</mi>")]
    [TestCase("12.5", "<mn>12.5</mn>")]
    [TestCase("a+b-c", "<mi>a</mi><mo>+</mo><mi>b</mi><mo>−</mo><mi>c</mi>")]
    [TestCase("x^2", "<msup><mi>x</mi><mn>2</mn></msup>")]
    [TestCase("x^23", "<msup><mi>x</mi><mn>2</mn></msup><mn>3</mn>")]
    [TestCase("x_{i}^{2}", "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")]
    [TestCase("x^{2L}", "<msup><mi>x</mi><mrow><mn>2</mn><mi>L</mi></mrow></msup>")]
    [TestCase(@"\frac{a}{b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>")]
    [TestCase(@"\frac12", "<mfrac><mn>1</mn><mn>2</mn></mfrac>")]
    [TestCase(@"\sqrt{m}", "<msqrt><mi>m</mi></msqrt>")]
    [TestCase(@"\sqrt[3]{m}", "<mroot><mi>m</mi><mn>3</mn></mroot>")]
    [TestCase(@"\alpha\Gamma", "<mi>α</mi><mi mathvariant=\"normal\">Γ</mi>")]
    [TestCase(@"\theta \nabla \infty", "<mi>θ</mi><mi>∇</mi><mi>∞</mi>")]
    [TestCase(@"a \le b \ge c \leq d \geq e", "<mi>a</mi><mo>≤</mo><mi>b</mi><mo>≥</mo><mi>c</mi><mo>≤</mo><mi>d</mi><mo>≥</mo><mi>e</mi>")]
    [TestCase("a<b>c", "<mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>&gt;</mo><mi>c</mi>")]
    [TestCase(@"a \cdot b \times c", "<mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi>")]
    [TestCase(@"x \in \mathbb{R}", "<mi>x</mi><mo>∈</mo><mi>ℝ</mi>")]
    [TestCase(@"\mathbb{N}", "<mi>ℕ</mi>")]
    [TestCase(@"\left( x \right)", "<mrow><mo fence=\"true\">(</mo><mi>x</mi><mo fence=\"true\">)</mo></mrow>")]
    [TestCase(@"\left| x \right|", "<mrow><mo fence=\"true\">|</mo><mi>x</mi><mo fence=\"true\">|</mo></mrow>")]
    [TestCase(@"\left\| x \right\|_2", "<msub><mrow><mo fence=\"true\">‖</mo><mi>x</mi><mo fence=\"true\">‖</mo></mrow><mn>2</mn></msub>")]
    [TestCase(@"\left. x \right|", "<mrow><mi>x</mi><mo fence=\"true\">|</mo></mrow>")]
    [TestCase(@"\|W\|", "<mo stretchy=\"false\">‖</mo><mi>W</mi><mo stretchy=\"false\">‖</mo>")]
    [TestCase(@"\sum_{i=1}^{n} x_i", "<munderover><mo largeop=\"true\" movablelimits=\"true\">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub>")]
    [TestCase(@"\log m", "<mi>log</mi><mspace width=\"0.1667em\"></mspace><mi>m</mi>")]
    [TestCase(@"\exp(x)", "<mi>exp</mi><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>")]
    [TestCase(@"\max_l x", "<munder><mi>max</mi><mi>l</mi></munder><mspace width=\"0.1667em\"></mspace><mi>x</mi>")]
    [TestCase(@"\sup \inf \min", "<mi>sup</mi><mspace width=\"0.1667em\"></mspace><mi>inf</mi><mspace width=\"0.1667em\"></mspace><mi>min</mi>")]
    [TestCase(@"\lambda_{\min}", "<msub><mi>λ</mi><mi>min</mi></msub>")]
    [TestCase(@"\mathrm{d}x", "<mi mathvariant=\"normal\">d</mi><mi>x</mi>")]
    [TestCase(@"\mathrm{Lip}", "<mi>Lip</mi>")]
    [TestCase(@"\mathrm{input\_norm\_max}", "<mi>input_norm_max</mi>")]
    [TestCase(@"\text{for all } x", "<mtext>for all </mtext><mi>x</mi>")]
    [TestCase(@"\operatorname{rank} A", "<mi>rank</mi><mspace width=\"0.1667em\"></mspace><mi>A</mi>")]
    [TestCase(@"\hat{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">^</mo></mover>")]
    [TestCase(@"\bar{\theta}", "<mover accent=\"true\"><mi>θ</mi><mo stretchy=\"false\">¯</mo></mover>")]
    [TestCase(@"\tilde{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">~</mo></mover>")]
    [TestCase(@"a\quad b", "<mi>a</mi><mspace width=\"1em\"></mspace><mi>b</mi>")]
    [TestCase(@"a\;b\,c", "<mi>a</mi><mspace width=\"0.2778em\"></mspace><mi>b</mi><mspace width=\"0.1667em\"></mspace><mi>c</mi>")]
    [TestCase("f'", "<msup><mi>f</mi><mrow><mo>′</mo></mrow></msup>")]
    [TestCase("{a}", "<mi>a</mi>")]
    public void ConvertsSubset(string latex, string expectedBody)
    {
        Assert.That(MathMl.TryConvert(latex, display: false, out var mathml, out var error), Is.True, error);
        Assert.That(mathml, Is.EqualTo($"<math>{expectedBody}</math>"));
    }

    [Test]
    public void DisplayMathIsBlock() =>
        Assert.That(MathMl.Convert("x", display: true), Is.EqualTo("<math display=\"block\"><mi>x</mi></math>"));

    [TestCase(@"\foo{x}", @"unknown command \foo")]
    [TestCase(@"\begin{aligned} a & b \end{aligned}", @"unknown command \begin")]
    [TestCase("{x", "unclosed")]
    [TestCase("x}", "unbalanced")]
    [TestCase(@"\left( x", @"\left without \right")]
    [TestCase("x^", "missing argument")]
    [TestCase("x^1^2", "double superscript")]
    public void RejectsOutsideTheSubset(string latex, string reason)
    {
        Assert.That(MathMl.TryConvert(latex, display: false, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(reason));
    }

    [Test]
    public void UnknownCommandFallsBackToRawLatexInCode()
    {
        var html = MathMl.Convert(@"x \foo y < 1", display: false);
        Assert.That(html, Is.EqualTo(@"<code class=""latex"">x \foo y &lt; 1</code>"));
    }

    [Test]
    public void TextIsEscaped()
    {
        var html = MathMl.Convert(@"\text{<script>alert(1)</script>}", display: false);
        Assert.That(html, Does.Not.Contain("<script"));
        Assert.That(html, Does.Contain("&lt;script&gt;"));
    }

    [Test]
    public void NestedStructureBalances()
    {
        var mathml = MathMl.Convert(@"\left\|\nabla^2_\theta f(\theta;x)\right\|_2 \le \frac{c_H}{\sqrt{m}} \left(1 + \gamma^{6L}\right)", display: true);
        var opens = System.Text.RegularExpressions.Regex.Count(mathml, "<(m[a-z]+)[ >]");
        var closes = System.Text.RegularExpressions.Regex.Count(mathml, "</m[a-z]+>");
        Assert.That(mathml, Does.StartWith("<math"));
        Assert.That(closes, Is.EqualTo(opens));
    }
}
