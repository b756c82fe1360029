using BoundCheck.Validator.Data;

namespace BoundCheck.Validator.Tests.Data;

public sealed class CsvDataTests
{
    [Test]
    public void Header_is_optional_and_last_column_is_the_label()
    {
        var withHeader = CsvData.Parse(["x1,x2,y", "1,2,3", "4,5e-1,-6"], "t.csv", "csv-t");
        var without = CsvData.Parse(["1,2,3", "# comment", "", "4,5e-1,-6"], "t.csv", "csv-t");
        foreach (var result in new[] { withHeader, without })
        {
            var data = result.Dataset!;
            Assert.Multiple(() =>
            {
                Assert.That(data.Count, Is.EqualTo(2));
                Assert.That(data.Dimension, Is.EqualTo(2));
                Assert.That(data.Inputs, Is.EqualTo(new double[] { 1, 2, 4, 0.5 }));
                Assert.That(data.Targets, Is.EqualTo(new double[] { 3, -6 }));
            });
        }
    }

    [TestCase(new[] { "1,2,3", "4,5" }, "t.csv:2: expected 3 columns, got 2")]
    [TestCase(new[] { "a,b,y", "1,2,3", "4,x,6" }, "t.csv:3: column 2: expected a number, got 'x'")]
    [TestCase(new[] { "1,2,NaN" }, "t.csv:1: column 3: value 'NaN' is not finite")]
    [TestCase(new[] { "a,b" }, "t.csv: no data rows")]
    [TestCase(new[] { "1", "2" }, "t.csv: each row needs at least one input column and a label column, got 1 column")]
    public void Errors_name_the_line_and_column(string[] lines, string expected)
    {
        Assert.That(CsvData.Parse(lines, "t.csv", "csv-t").Error, Is.EqualTo(expected));
    }
}
