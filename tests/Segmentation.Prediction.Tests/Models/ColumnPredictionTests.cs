using FsCheck.Xunit;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;
using Segmentation.Prediction.Tests.Generators;

namespace Segmentation.Prediction.Tests.Models;

/// <summary>The column (span) predictions equal the per-customer ones: the vectorized BG/NBD P(alive) at every length around the vector width, and on the grid.</summary>
public sealed class ColumnPredictionTests
{
    [Fact]
    public void ProbabilityAlive_Columns_EqualPerCustomerAtEveryLength()
    {
        var customers = CdnowFits.Summary.Customers.Take(37).ToArray();
        for (var length = 0; length <= customers.Length; length++)
        {
            AssertColumnsEqualScalar(CdnowFits.BgNbd, customers[..length]);
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void ProbabilityAlive_Columns_EqualPerCustomerOnTheGrid(CustomerSummary[] customers)
    {
        AssertColumnsEqualScalar(CdnowFits.BgNbd, customers);
        AssertColumnsEqualScalar(CdnowFits.ParetoNbd, customers);
    }

    [Fact]
    public void ConditionalExpectedPurchases_Columns_EqualPerCustomer()
    {
        AssertExpectationColumnsEqualScalar(CdnowFits.BgNbd, CdnowFits.Summary.Customers.ToArray(), 52);
    }

    [Fact]
    public void ConditionalExpectedPurchases_Columns_EqualPerCustomerAtEveryLength()
    {
        var customers = CdnowFits.Summary.Customers.Take(37).ToArray();
        for (var length = 0; length <= customers.Length; length++)
        {
            AssertExpectationColumnsEqualScalar(CdnowFits.BgNbd, customers[..length], 39);
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void ConditionalExpectedPurchases_Columns_EqualPerCustomerOnTheGrid(CustomerSummary[] customers, Horizon horizon)
    {
        AssertExpectationColumnsEqualScalar(CdnowFits.BgNbd, customers, horizon.Value);
        AssertExpectationColumnsEqualScalar(CdnowFits.ParetoNbd, customers, horizon.Value);
    }

    [Fact]
    public void ConditionalExpectedPurchases_ManyDistinctPairs_TableGrowsAndStartsOverWithTheSameResults()
    {
        // 100,000 distinct (x, T) pairs: the numerator table grows to its cap and starts over several times.
        var customers = Enumerable.Range(0, 100_000).Select(i => new CustomerSummary("c", 1 + (i % 40), 1 + (i % 7), 10 + (i / 40) + (i % 40 / 100d), 25m)).ToArray();

        AssertExpectationColumnsEqualScalar(CdnowFits.BgNbd, customers, 52);
    }

    [Fact]
    public void ProbabilityAlive_ColumnsOfDifferentLengths_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => CdnowFits.BgNbd.ProbabilityAlive(new int[4], new double[4], new double[3], new double[4]));
    }

    private static void AssertExpectationColumnsEqualScalar(CountModel model, CustomerSummary[] customers, double horizon)
    {
        var result = new double[customers.Length];
        model.ConditionalExpectedPurchases(horizon, [.. customers.Select(c => c.Frequency)], [.. customers.Select(c => c.Recency)], [.. customers.Select(c => c.Age)], result);
        for (var i = 0; i < customers.Length; i++)
        {
            var expected = model.ConditionalExpectedPurchases(horizon, customers[i]);
            // The numerator is the scalar one; P(alive) comes from the vector logarithm and exponential, as above
            // (both forms carry the rounding of ln((α+T)/(α+t_x)) times r + x in the exponent: about 1e-12 relative at x = 1,000).
            Assert.True(Math.Abs(result[i] - expected) <= 1e-13 + (1e-12 * expected), $"{model.Name} {customers[i]}, t = {horizon}: {result[i]} vs {expected}");
        }
    }

    private static void AssertColumnsEqualScalar(CountModel model, CustomerSummary[] customers)
    {
        var result = new double[customers.Length];
        model.ProbabilityAlive([.. customers.Select(c => c.Frequency)], [.. customers.Select(c => c.Recency)], [.. customers.Select(c => c.Age)], result);
        for (var i = 0; i < customers.Length; i++)
        {
            var expected = model.ProbabilityAlive(customers[i]);
            // The vector logarithm and exponential are within a few ulps of Math's.
            Assert.True(Math.Abs(result[i] - expected) <= 1e-13 + (1e-12 * expected), $"{model.Name} {customers[i]}: {result[i]} vs {expected}");
        }
    }
}
