using FsCheck;
using FsCheck.Fluent;
using Segmentation.Prediction.Summary;

namespace Segmentation.Prediction.Tests.Generators;

/// <summary>
/// FsCheck arbitraries for the prediction properties: <c>[Property(Arbitrary = [typeof(Arbitraries)])]</c>.
/// Customers span the whole grid the issue asks for (x up to 1,000, T up to 10,000) with the edges
/// (x = 0, t_x = 0, t_x = T, T = 0) drawn often.
/// </summary>
public static class Arbitraries
{
    private static readonly Gen<double> Age = Gen.Frequency(
        (1, Gen.Constant(0d)),
        (2, Gen.Choose(0, 1000).Select(v => v / 100d)),
        (4, Gen.Choose(0, 1_000_000).Select(v => v / 100d)),
        (1, Gen.Constant(10_000d)));

    private static readonly Gen<int> Frequency = Gen.Frequency(
        (2, Gen.Constant(0)),
        (4, Gen.Choose(1, 30)),
        (3, Gen.Choose(1, 1000)),
        (1, Gen.Constant(1000)));

    private static readonly Gen<double> Share = Gen.Frequency(
        (1, Gen.Constant(0d)),
        (1, Gen.Constant(1d)),
        (4, Gen.Choose(0, 10_000).Select(v => v / 10_000d)));

    public static Arbitrary<CustomerSummary> Customer() => Arb.From(
        from age in Age
        from x in Frequency
        from share in Share
        select new CustomerSummary("c", x, x == 0 ? 0d : age * share, age, x == 0 ? null : 25m));

    public static Arbitrary<Horizon> Horizon() => Arb.From(Gen.Frequency(
        (1, Gen.Constant(0d)),
        (4, Gen.Choose(1, 10_000).Select(v => v / 10d)),
        (1, Gen.Constant(10_000d))).Select(h => new Horizon(h)));
}

/// <summary>A prediction horizon in the model's unit, 0 to 10,000.</summary>
public readonly record struct Horizon(double Value);
