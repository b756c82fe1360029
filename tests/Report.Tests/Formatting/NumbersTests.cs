using BoundCheck.Report.Formatting;

namespace BoundCheck.Report.Tests.Formatting;

public sealed class NumbersTests
{
    [TestCase(0.0, "0")]
    [TestCase(1.0, "1")]
    [TestCase(0.98123456, "0.9812")]
    [TestCase(1234.5678, "1235")]
    [TestCase(12345.678, "12350")]
    [TestCase(-0.5, "-0.5")]
    [TestCase(0.001, "0.001")]
    [TestCase(0.00099999, "0.001")]
    [TestCase(0.000123456, "1.235e-4")]
    [TestCase(99999.7, "1e+5")]
    [TestCase(123456.0, "1.235e+5")]
    [TestCase(-2.5e-7, "-2.5e-7")]
    [TestCase(double.NaN, "NaN")]
    [TestCase(double.PositiveInfinity, "∞")]
    [TestCase(double.NegativeInfinity, "-∞")]
    public void FourSignificantDigits(double value, string expected) => Assert.That(Numbers.Format(value), Is.EqualTo(expected));

    [Test]
    public void NullIsADash() => Assert.That(Numbers.Format((double?)null), Is.EqualTo("—"));
}

public sealed class NumbersPropertyTests
{
    // Ground truth: parsing the printed text back gives the value to 4 significant digits (relative error <= 5e-4).
    [Test]
    public void PrintedValueParsesBackWithinFourSignificantDigits()
    {
        var random = new Random(20250314);
        for (var i = 0; i < 10_000; i++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-12, 13));
            var text = Numbers.Format(value);
            var back = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(Math.Abs(back - value), Is.LessThanOrEqualTo(Tolerances.FourSignificantDigits * Math.Abs(value)), $"{value:R} printed as {text}");
            var magnitude = Math.Abs(back);
            Assert.That(text.Contains('e', StringComparison.Ordinal), Is.EqualTo(magnitude is < 1e-3 or >= 1e5), text);
        }
    }
}
