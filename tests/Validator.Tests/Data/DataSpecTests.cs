using BoundCheck.Validator.Data;

namespace BoundCheck.Validator.Tests.Data;

public sealed class DataSpecTests
{
    [TestCase("synthetic:n=128,d=32", "sphere-n128-d32-teacher-seed1")]
    [TestCase("synthetic:n=16,d=32,labels=random,inputs=gaussian,seed=4", "gaussian-n16-d32-random-seed4")]
    [TestCase("synthetic:n=8,d=4,teacher=9", "sphere-n8-d4-teacher-seed1-teacher9")]
    public void Synthetic_specs_load_named_datasets(string spec, string name)
    {
        Assert.That(DataSpec.Load(spec).Dataset?.Name, Is.EqualTo(name));
    }

    [Test]
    public void Fashion_spec_with_a_class_list()
    {
        Assume.That(File.Exists(Path.Combine(FashionMnist.DefaultDirectory, "train-labels-idx1-ubyte.gz")));
        Assert.That(DataSpec.Load("fashion-mnist:n=12,classes=0,1,seed=3").Dataset?.Name, Is.EqualTo("fashion-mnist-n12-c0v1-pm1-seed3"));
    }

    [Test]
    public void Csv_spec_reads_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"boundcheck-spec-{Environment.ProcessId}.csv");
        File.WriteAllLines(path, ["1,2,0.5", "3,4,1.5"]);
        try
        {
            var data = DataSpec.Load($"csv:{path}").Dataset!;
            Assert.That(data.Targets, Is.EqualTo(new double[] { 0.5, 1.5 }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("mnist:n=3", "unknown kind 'mnist'")]
    [TestCase("synthetic:d=3", "missing required option 'n'")]
    [TestCase("synthetic:n=0,d=3", "n: must be >= 1, got 0")]
    [TestCase("synthetic:n=x,d=3", "n: expected an integer, got 'x'")]
    [TestCase("synthetic:n=3,d=3,labels=teach", "labels: expected one of teacher|random, got 'teach'")]
    [TestCase("synthetic:n=3,d=3,width=3", "unknown option 'width'")]
    [TestCase("synthetic:n=3,n=4,d=3", "option 'n' given twice")]
    [TestCase("fashion-mnist:n=4,classes=0,x", "classes: expected integers in 0..9, got 'x'")]
    [TestCase("csv:", "csv needs a path")]
    public void Bad_specs_give_messages_naming_the_spec_and_the_problem(string spec, string fragment)
    {
        var result = DataSpec.Load(spec);
        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error, Does.StartWith($"data spec '{spec}'"));
            Assert.That(result.Error, Does.Contain(fragment));
        });
    }
}
