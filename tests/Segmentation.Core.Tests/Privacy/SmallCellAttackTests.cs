using Segmentation.Privacy;

namespace Segmentation.Tests.Privacy;

/// <summary>
/// An attacker who sees a published two-way table (shown cells, every row total, every column total
/// and the grand total) and knows the rule tries to get the hidden cells back: first by totals and
/// differences, then by enumerating every table of counts consistent with what is shown.
/// A hidden cell is recovered when only one value is possible.
/// </summary>
public sealed class SmallCellAttackTests
{
    private const int K = SmallCellSuppression.DefaultMinGroupSize;

    [Fact]
    public void Attack_PrimarySuppressionOnly_RecoversACell()
    {
        // The control: with only the small cells hidden, the attack does succeed, so the test can fail.
        long[,] table = { { 2, 30, 40 }, { 25, 35, 45 }, { 20, 3, 50 } };
        var hidden = Cells(table, (r, c) => table[r, c] is > 0 and < K);

        Assert.NotEmpty(Recovered(table, hidden, margins: null));
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Attack_WithSecondarySuppression_RecoversNoHiddenCell(int seed)
    {
        var random = new Random(seed);
        var rows = random.Next(2, 5);
        var columns = random.Next(2, 4);
        var table = new long[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                // Mostly large cells, some small and some empty.
                table[r, c] = random.Next(4) switch { 0 => random.Next(1, K), 1 => random.Next(0, 2), _ => random.Next(K, 14) };
            }
        }

        var suppressed = Suppress(table);
        var hidden = Cells(table, (r, c) => suppressed.IsSuppressed(2, (r * columns) + c));

        Assert.All(Cells(table, (r, c) => table[r, c] is > 0 and < K), cell => Assert.Contains(cell, hidden));
        Assert.Empty(Recovered(table, hidden, suppressed));
    }

    [Fact]
    public void Attack_SmallCellsInEveryRow_RecoversNoHiddenCell()
    {
        long[,] table = { { 1, 9, 12, 2 }, { 8, 1, 11, 7 }, { 6, 7, 3, 9 } };

        var suppressed = Suppress(table);
        var hidden = Cells(table, (r, c) => suppressed.IsSuppressed(2, (r * 4) + c));

        Assert.Empty(Recovered(table, hidden, suppressed));
    }

    // The table's customers as three groupings: row, column and cell (rows and columns are the margins).
    private static SuppressedGroups Suppress(long[,] table)
    {
        var rows = new List<int>();
        var columns = new List<int>();
        var cells = new List<int>();
        for (var r = 0; r < table.GetLength(0); r++)
        {
            for (var c = 0; c < table.GetLength(1); c++)
            {
                for (var n = 0; n < table[r, c]; n++)
                {
                    rows.Add(r);
                    columns.Add(c);
                    cells.Add((r * table.GetLength(1)) + c);
                }
            }
        }

        return SmallCellSuppression.Default.Apply(new ReadOnlyMemory<int>[] { rows.ToArray(), columns.ToArray(), cells.ToArray() });
    }

    private static List<(int Row, int Column)> Cells(long[,] table, Func<int, int, bool> pick)
    {
        var cells = new List<(int, int)>();
        for (var r = 0; r < table.GetLength(0); r++)
        {
            for (var c = 0; c < table.GetLength(1); c++)
            {
                if (pick(r, c))
                {
                    cells.Add((r, c));
                }
            }
        }

        return cells;
    }

    /// <summary>The hidden cells whose value the attacker pins down from the shown margins and the grand total.</summary>
    private static List<(int Row, int Column)> Recovered(long[,] table, List<(int Row, int Column)> hidden, SuppressedGroups? margins)
    {
        var rows = table.GetLength(0);
        var columns = table.GetLength(1);
        var rowShown = Enumerable.Range(0, rows).Select(r => margins?.IsSuppressed(0, r) != true).ToArray();
        var columnShown = Enumerable.Range(0, columns).Select(c => margins?.IsSuppressed(1, c) != true).ToArray();
        var totalLeft = hidden.Sum(h => table[h.Row, h.Column]);
        var rowLeft = new long[rows];
        var columnLeft = new long[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var shown = !hidden.Contains((r, c));
                rowLeft[r] += shown ? 0 : table[r, c];
                columnLeft[c] += shown ? 0 : table[r, c];
            }
        }

        // Totals and differences: a row or column with one hidden cell gives it away.
        var recovered = new HashSet<(int, int)>();
        for (var r = 0; r < rows; r++)
        {
            var inRow = hidden.Where(h => h.Row == r).ToList();
            if (inRow.Count == 1 && rowShown[r])
            {
                recovered.Add(inRow[0]);
            }
        }

        for (var c = 0; c < columns; c++)
        {
            var inColumn = hidden.Where(h => h.Column == c).ToList();
            if (inColumn.Count == 1 && columnShown[c])
            {
                recovered.Add(inColumn[0]);
            }
        }

        // Every table consistent with what is shown (an empty group is always shown, so a hidden cell
        // has at least one customer); a cell with one possible value is known.
        var possible = hidden.Select(_ => new HashSet<long>()).ToArray();
        var values = new long[hidden.Count];
        Enumerate(0);
        for (var i = 0; i < hidden.Count; i++)
        {
            if (possible[i].Count == 1)
            {
                recovered.Add(hidden[i]);
            }
        }

        return [.. recovered];

        void Enumerate(int i)
        {
            if (i == hidden.Count)
            {
                if (totalLeft == 0 && Enumerable.Range(0, rows).All(r => !rowShown[r] || rowLeft[r] == 0) && Enumerable.Range(0, columns).All(c => !columnShown[c] || columnLeft[c] == 0))
                {
                    for (var j = 0; j < values.Length; j++)
                    {
                        possible[j].Add(values[j]);
                    }
                }

                return;
            }

            var (r, c) = hidden[i];
            var most = Math.Min(totalLeft, Math.Min(rowShown[r] ? rowLeft[r] : long.MaxValue, columnShown[c] ? columnLeft[c] : long.MaxValue));
            for (var v = 1L; v <= most; v++)
            {
                values[i] = v;
                rowLeft[r] -= v;
                columnLeft[c] -= v;
                totalLeft -= v;
                Enumerate(i + 1);
                rowLeft[r] += v;
                columnLeft[c] += v;
                totalLeft += v;
            }
        }
    }
}
