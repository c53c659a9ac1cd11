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
        var customers = CdnowFits.Summary.Customers.ToArray();
        var result = new double[customers.Length];

        CdnowFits.BgNbd.ConditionalExpectedPurchases(52, [.. customers.Select(c => c.Frequency)], [.. customers.Select(c => c.Recency)], [.. customers.Select(c => c.Age)], result);

        for (var i = 0; i < customers.Length; i++)
        {
            Assert.Equal(CdnowFits.BgNbd.ConditionalExpectedPurchases(52, customers[i]), result[i]);
        }
    }

    [Fact]
    public void ProbabilityAlive_ColumnsOfDifferentLengths_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => CdnowFits.BgNbd.ProbabilityAlive(new int[4], new double[4], new double[3], new double[4]));
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
