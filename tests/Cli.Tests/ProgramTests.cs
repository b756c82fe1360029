using BoundCheck.Cli;
using BoundCheck.Cli.Infrastructure;

namespace BoundCheck.Cli.Tests;

public sealed class ProgramTests
{
    [Test]
    public void UnknownCommandIsBadInput()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(["no-such-command"], stdout, stderr);
        Assert.That(code, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(stderr.ToString(), Does.Contain("no-such-command"));
    }
}
