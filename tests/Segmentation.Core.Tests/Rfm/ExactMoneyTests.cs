using FsCheck;
using FsCheck.Fluent;
using Segmentation.Rfm;

namespace Segmentation.Tests.Rfm;

/// <summary>Money is summed exactly: row order never changes an aggregate or a score, and equal totals tie.</summary>
public sealed class ExactMoneyTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Aggregate_AnyPermutationOfRows_GivesIdenticalAggregatesAndScores() =>
        Prop.ForAll(Rows().ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (rows, seed) =>
        {
            var shuffled = rows.ToArray();
            new Random(seed).Shuffle(shuffled);

            var a = RfmAggregator.Aggregate(rows);
            var b = RfmAggregator.Aggregate(shuffled);
            var options = new RfmScoringOptions { Bins = 4 };
            var scoreA = RfmScorer.Score(a, options);
            var scoreB = RfmScorer.Score(b, options);
            var ntile = new RfmScoringOptions { Bins = 3, Method = RfmMethod.Ntile };

            // Same values and the same scale (so the same text): decimal equality ignores trailing zeros.
            return a.CustomerIds!.SequenceEqual(b.CustomerIds!)
                && a.Monetary.ToArray().Select(Text).SequenceEqual(b.Monetary.ToArray().Select(Text))
                && a.Frequency.Span.SequenceEqual(b.Frequency.Span)
                && a.RecencyDays.Span.SequenceEqual(b.RecencyDays.Span)
                && scoreA.MonetaryScores.Span.SequenceEqual(scoreB.MonetaryScores.Span)
                && RfmScorer.Score(a, ntile).MonetaryScores.Span.SequenceEqual(RfmScorer.Score(b, ntile).MonetaryScores.Span);
        });

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Score_EqualTotalsFromDifferentLines_AlwaysTie() =>
        Prop.ForAll(Gen.Choose(1, 99_999).ToArbitrary(), Gen.Choose(2, 7).ToArbitrary(), (cents, parts) =>
        {
            // One customer pays the total in `parts` lines of unequal size, another in one line.
            var total = cents / 100m * parts;
            var lines = Enumerable.Range(1, parts - 1).Select(i => i * 0.07m).ToList();
            lines.Add(total - lines.Sum());
            RfmTransaction[] rows =
            [
                .. lines.Select(amount => new RfmTransaction("x", Start.ToDateTime(TimeOnly.MinValue), amount)),
                new("y", Start.ToDateTime(TimeOnly.MinValue), total),
                new("z", Start.ToDateTime(TimeOnly.MinValue), total + 1),
                new("w", Start.ToDateTime(TimeOnly.MinValue), total - 0.01m),
            ];

            var aggregates = RfmAggregator.Aggregate(rows);
            var m = RfmScorer.Score(aggregates, new RfmScoringOptions { Bins = 3 }).MonetaryScores.Span;
            var ids = aggregates.CustomerIds!.ToList();
            return aggregates.Monetary.Span[ids.IndexOf("x")] == total && m[ids.IndexOf("x")] == m[ids.IndexOf("y")];
        });

    [Fact]
    public void Score_TheIssuesSmallestCase_NtileDoesNotDependOnLineOrder()
    {
        // X: 0.1 + 0.2 + 0.3 and Y: 0.6. In doubles X summed to 0.6000000000000001 in one order and
        // 0.6 in the other, so X's M score flipped with the line order.
        var day = Start.ToDateTime(TimeOnly.MinValue);
        RfmTransaction[] forward = [new("X", day, 0.1m), new("X", day, 0.2m), new("X", day, 0.3m), new("Y", day, 0.6m)];
        RfmTransaction[] reversed = [new("Y", day, 0.6m), new("X", day, 0.3m), new("X", day, 0.2m), new("X", day, 0.1m)];
        var ntile = new RfmScoringOptions { Bins = 2, Method = RfmMethod.Ntile };

        var a = RfmScorer.Score(RfmAggregator.Aggregate(forward), ntile);
        var b = RfmScorer.Score(RfmAggregator.Aggregate(reversed), ntile);

        Assert.Equal(a.MonetaryScores.ToArray(), b.MonetaryScores.ToArray());
        Assert.Equal([1, 2], a.MonetaryScores.ToArray().Select(s => (int)s)); // the tie breaks by id: X before Y
        Assert.Equal(0.6m, RfmAggregator.Aggregate(forward).Monetary.Span[0]);
    }

    [Fact]
    public void HighWord_IsTheThirdWordOfGetBits()
    {
        decimal[] values = [0m, 1m, -1m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 79_228_162_514_264_337_593_543_950_335m / 3, -123_456_789.123456789m];
        foreach (var value in values)
        {
            Assert.Equal((uint)decimal.GetBits(value)[2], Segmentation.Rfm.Aggregation.ExactMoney.HighWord(value));
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public Property TryAdd_AnyTwoDecimals_IsTheRuntimesSumWhenThatIsExactAndRefusesOtherwise() =>
        Prop.ForAll(Decimal().ToArbitrary(), Decimal().ToArbitrary(), (a, b) =>
        {
            var sum = a;
            var added = Segmentation.Rfm.Aggregation.ExactMoney.TryAdd(ref sum, b);
            decimal expected;
            try
            {
                expected = a + b;
            }
            catch (OverflowException)
            {
                return !added && sum == a;
            }

            // The runtime rounds (drops fraction digits) when the exact sum does not fit 96 bits.
            var exact = expected.Scale == Math.Max(a.Scale, b.Scale);
            return exact ? added && Text(sum) == Text(expected) : !added && Text(sum) == Text(a);
        });

    private static Gen<decimal> Decimal() =>
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Elements(0, 0, 0, 1, 77_777, int.MaxValue, -1)
        from high in Gen.Elements(0, 0, 0, 0, 1, 1 << 29, 1 << 30, int.MaxValue, -1)
        from negative in Gen.Elements(false, true)
        from scale in Gen.Elements(0, 0, 1, 2, 2, 3, 4, 9, 10, 12, 19, 28)
        select new decimal(low, mid, high, negative, (byte)scale);

    [Theory]
    [InlineData("0.1", "0.2", "0.3")]
    [InlineData("1.10", "-2.1", "-1.00")]
    [InlineData("19807040628566084398385987583", "1", "19807040628566084398385987584")]
    [InlineData("39614081257132168796771975167", "1", "39614081257132168796771975168")]
    [InlineData("0.5", "0.25", "0.75")]
    [InlineData("12.5", "0.25", "12.75")]
    [InlineData("100", "-0.001", "99.999")]
    [InlineData("-0.000000001", "1000000000", "999999999.999999999")]
    [InlineData("1", "0.0000000001", "1.0000000001")]
    public void TryAdd_ExactSums_KeepEveryDigit(string a, string b, string expected)
    {
        var sum = decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(Segmentation.Rfm.Aggregation.ExactMoney.TryAdd(ref sum, decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, Text(sum));
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "1")]
    [InlineData("7922816251426433759354395033.5", "0.01")]
    [InlineData("-79228162514264337593543950335", "-1")]
    public void TryAdd_SumsThatWouldRoundOrOverflow_AreRefusedAndLeaveTheSum(string a, string b)
    {
        var sum = decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(Segmentation.Rfm.Aggregation.ExactMoney.TryAdd(ref sum, decimal.Parse(b, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(a, Text(sum));
    }

    private static string Text(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<RfmTransaction[]> Rows() =>
        from count in Gen.Choose(1, 120)
        from rows in Gen.ArrayOf(Row(), count)
        select rows;

    private static Gen<RfmTransaction> Row() =>
        from customer in Gen.Choose(0, 15)
        from day in Gen.Choose(0, 400)
        from units in Gen.Choose(-5_000, 200_000)
        from scale in Gen.Elements(0, 1, 2, 2, 2, 3)
        from order in Gen.Elements<string?>(null, "o1", "o2", "o3")
        select new RfmTransaction(
            "c" + customer.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Start.AddDays(day).ToDateTime(TimeOnly.MinValue),
            new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale),
            order);
}
