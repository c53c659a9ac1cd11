using System.Globalization;
using System.Text.RegularExpressions;
using Segmentation.Cli.Report;

namespace Segmentation.Cli.Tests.Report;

/// <summary>The report's palette against its page colour: chart marks at least 3:1, text at least 4.5:1 (WCAG 2.1, 1.4.11 and 1.4.3).</summary>
public sealed partial class ReportContrastTests
{
    [Fact]
    public void Palette_MarksAndText_MeetTheContrastMinimums()
    {
        var colours = Palette();

        Assert.Equal("#ffffff", colours["--page"]);
        var marks = colours.Where(c => c.Key.StartsWith("--mark-", StringComparison.Ordinal)).ToArray();
        var texts = colours.Where(c => c.Key.StartsWith("--text", StringComparison.Ordinal)).ToArray();
        Assert.True(marks.Length >= 5, "the chart marks are declared as --mark-* variables");
        Assert.True(texts.Length >= 2, "the text colours are declared as --text* variables");
        Assert.All(marks, m => Assert.True(Contrast(m.Value, colours["--page"]) >= 3, $"{m.Key} {m.Value}: {Contrast(m.Value, colours["--page"]):0.00}:1"));
        foreach (var background in new[] { "--page", "--panel" })
        {
            Assert.All(texts, t => Assert.True(Contrast(t.Value, colours[background]) >= 4.5, $"{t.Key} on {background}: {Contrast(t.Value, colours[background]):0.00}:1"));
        }
    }

    [Fact]
    public void Page_UsesThePaletteForItsMarks_NotLiteralColours()
    {
        var html = HtmlReport.Render(ReportFixture.Model());
        var script = html[html.IndexOf("<main", StringComparison.Ordinal)..];

        // Marks take their colour from css('--mark-...'); a literal colour in a section would escape the check above.
        Assert.DoesNotMatch(new Regex("backgroundColor: *'#|borderColor: *'#"), script);
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#9fb3c8", "#ffffff", 2.15)] // the old "% of customers" colour
    public void Contrast_KnownPairs(string a, string b, double expected) => Assert.Equal(expected, Contrast(a, b), 2);

    private static Dictionary<string, string> Palette()
    {
        var html = HtmlReport.Render(ReportFixture.Model());
        var root = RootRegex().Match(html).Groups[1].Value;
        return VariableRegex().Matches(root).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.ToLowerInvariant(), StringComparer.Ordinal);
    }

    private static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }

    [GeneratedRegex(@":root\s*\{([^}]*)\}")]
    private static partial Regex RootRegex();

    [GeneratedRegex(@"(--[a-z-]+):\s*(#[0-9a-fA-F]{6})")]
    private static partial Regex VariableRegex();
}
