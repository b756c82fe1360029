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
