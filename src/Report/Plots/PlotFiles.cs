using System.Text;

namespace BoundCheck.Report.Plots;

/// <summary>Where a plot's SVG lives relative to the report.</summary>
public static class PlotFiles
{
    /// <summary>Folder of the SVGs beside report.md.</summary>
    public const string Folder = "plots";

    /// <summary>The relative path "plots/&lt;id&gt;.svg", with characters unsafe in file names replaced by '_'.</summary>
    public static string RelativePath(string plotId) => Folder + "/" + FileStem(plotId) + ".svg";

    /// <summary>The id reduced to [A-Za-z0-9._-].</summary>
    public static string FileStem(string plotId)
    {
        var builder = new StringBuilder(plotId.Length);
        foreach (var c in plotId)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }
        var stem = builder.ToString().Trim('.');
        return stem.Length == 0 ? "plot" : stem;
    }
}
