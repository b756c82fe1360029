using BoundCheck.Validator.Verification;

namespace BoundCheck.Validator.Tests.Verification;

public sealed class RunEnvironmentTests
{
    [Test]
    public void GitCommitIsReadFromTheRepository()
    {
        var commit = RunEnvironment.GitCommit(TestContext.CurrentContext.TestDirectory);
        // The tests run inside the repository checkout: a full 40-hex commit id.
        Assert.That(commit, Does.Match("^[0-9a-f]{40}$"));
    }

    [Test]
    public void GitCommitOutsideARepositoryIsUnknown()
    {
        Assert.That(RunEnvironment.GitCommit("/"), Is.EqualTo("unknown"));
    }

    [Test]
    public void CpuNamesTheCoreCount()
    {
        Assert.That(RunEnvironment.Cpu, Does.Contain($"{Environment.ProcessorCount} logical cores"));
    }
}
