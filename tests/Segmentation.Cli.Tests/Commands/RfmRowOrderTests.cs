using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Segmentation.Cli.Tests.Commands;

/// <summary>A CRM that re-exports its orders in another row order gets the same file, byte for byte.</summary>
public sealed class RfmRowOrderTests
{
    [FsCheck.Xunit.Property(MaxTest = 12)]
    public Property Rfm_AnyPermutationOfRows_WritesByteIdenticalScores() =>
        Prop.ForAll(Lines().ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (lines, seed, quoted) =>
        {
            var shuffled = lines.ToArray();
            new Random(seed).Shuffle(shuffled);

            // A quoted id sends the file to the general reader; plain files take the fast path.
            var first = Scores(lines, quoted, "quantile");
            var second = Scores(shuffled, quoted, "quantile");
            var firstNtile = Scores(lines, quoted, "ntile");
            var secondNtile = Scores(shuffled, quoted, "ntile");
            return first.SequenceEqual(second) && firstNtile.SequenceEqual(secondNtile);
        });

    [Fact]
    public async Task Rfm_LinesOfOneCustomerInEitherOrder_TieWithAnEqualSingleOrder()
    {
        // The smallest case: X 0.1 + 0.2 + 0.3, Y 0.6, ntile on 2 bins.
        using var dir = new TempDirectory();
        dir.Write("a.csv", "customer_id,order_date,amount\nX,2024-01-01,0.1\nX,2024-01-01,0.2\nX,2024-01-01,0.3\nY,2024-01-01,0.6\n");
        dir.Write("b.csv", "customer_id,order_date,amount\nY,2024-01-01,0.6\nX,2024-01-01,0.3\nX,2024-01-01,0.2\nX,2024-01-01,0.1\n");

        var a = await CliRun.RunAsync(dir.Path, "rfm", "a.csv", "--bins", "2", "--method", "ntile", "--out", "a.scores.csv");
        var b = await CliRun.RunAsync(dir.Path, "rfm", "b.csv", "--bins", "2", "--method", "ntile", "--out", "b.scores.csv");

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        Assert.Equal(File.ReadAllBytes(dir.File("a.scores.csv")), File.ReadAllBytes(dir.File("b.scores.csv")));
        Assert.StartsWith("customer_id,recency_days,frequency,monetary,r,f,m,rfm,segment\nX,1,3,0.6,", File.ReadAllText(dir.File("a.scores.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rfm_SumBeyondExactMoney_StopsWithAClearErrorAndNoOutput()
    {
        using var dir = new TempDirectory();
        dir.Write("tx.csv", "customer_id,order_date,amount\nX,2024-01-01,70000000000000000000000000000\nX,2024-01-02,0.5\n");

        var run = await CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--out", "scores.csv");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.Contains("Customer 'X'", run.Error, StringComparison.Ordinal);
        Assert.Contains("28 significant digits", run.Error, StringComparison.Ordinal);
        Assert.Equal(["tx.csv"], dir.FileNames());
    }

    private static byte[] Scores(string[] lines, bool quoted, string method)
    {
        using var dir = new TempDirectory();
        var csv = new StringBuilder("customer_id,order_date,amount,order_id\n");
        foreach (var line in lines)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            csv.Append(quoted ? $"\"{line[..comma]}\"{line[comma..]}" : line).Append('\n');
        }

        dir.Write("tx.csv", csv.ToString());
        var run = CliRun.RunAsync(dir.Path, "rfm", "tx.csv", "--bins", "4", "--method", method, "--out", "scores.csv").GetAwaiter().GetResult();
        Assert.True(run.ExitCode == 0, run.Error);
        return File.ReadAllBytes(dir.File("scores.csv"));
    }

    private static Gen<string[]> Lines() =>
        from count in Gen.Choose(2, 80)
        from lines in Gen.ArrayOf(Line(), count)
        select lines;

    private static Gen<string> Line() =>
        from customer in Gen.Choose(0, 12)
        from day in Gen.Choose(0, 300)
        from units in Gen.Choose(-2_000, 90_000)
        from scale in Gen.Elements(0, 1, 2, 2, 3)
        from order in Gen.Elements(string.Empty, "o1", "o2", "o3")
        select string.Create(
            CultureInfo.InvariantCulture,
            $"c{customer},{new DateOnly(2024, 1, 1).AddDays(day):yyyy-MM-dd},{new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale)},{order}");
}
