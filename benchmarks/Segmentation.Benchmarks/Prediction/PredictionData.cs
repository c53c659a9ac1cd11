using Segmentation.Prediction.Summary;

namespace Segmentation.Benchmarks.Prediction;

/// <summary>
/// One million customers drawn from the BG/NBD process with CDNOW's estimates (r 0.243, α 4.414
/// weeks, a 0.793, b 2.426): first purchase on one of the first 84 days, calibration of 39 weeks,
/// purchase times floored to days (repeat purchases are distinct days, as in a real summary), seed 42.
/// </summary>
internal static class PredictionData
{
    public const int Customers = 1_000_000;

    public static CustomerSummary[] Generate(int customers = Customers)
    {
        var random = new Random(42);
        var result = new CustomerSummary[customers];
        for (var i = 0; i < customers; i++)
        {
            var firstDay = random.Next(84);
            var ageDays = 273 - firstDay;
            var rate = Gamma(random, 0.243) / 4.414;  // per week
            var dropout = Beta(random, 0.793, 2.426);
            int lastDay = 0, x = 0;
            var week = 0d;
            while (true)
            {
                week += -Math.Log(1 - random.NextDouble()) / rate;
                var day = (int)(week * 7);
                if (day > ageDays)
                {
                    break;
                }

                if (day > lastDay)
                {
                    x++;
                    lastDay = day;
                }

                if (random.NextDouble() < dropout)
                {
                    break;
                }
            }

            result[i] = new CustomerSummary("C" + i, x, lastDay / 7d, ageDays / 7d, x > 0 ? 25m : null);
        }

        return result;
    }

    // Marsaglia and Tsang, with the shape < 1 boost.
    private static double Gamma(Random random, double shape)
    {
        if (shape < 1)
        {
            return Gamma(random, shape + 1) * Math.Pow(random.NextDouble(), 1 / shape);
        }

        var d = shape - (1d / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double z, v;
            do
            {
                z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                v = 1 + (c * z);
            }
            while (v <= 0);

            v = v * v * v;
            var u = random.NextDouble();
            if (Math.Log(u) < (0.5 * z * z) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    private static double Beta(Random random, double a, double b)
    {
        var x = Gamma(random, a);
        return x / (x + Gamma(random, b));
    }
}
