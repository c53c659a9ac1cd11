using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>Hand-picked customers for the parity examples: every null, case and edge the operators care about.</summary>
internal static class ParityCustomers
{
    public static readonly DateTimeOffset AsOf = Parity.AsOf;

    public static Customer[] People() =>
    [
        new() { Name = "Ada", Country = "US", Age = 36, TotalSpend = 1200.50m, Score = 9.5, Tier = Tier.Gold, Tags = ["vip", "newsletter"], Address = new Address { City = "Oslo" }, LastOrderAt = AsOf.AddDays(-3), BirthDate = new DateOnly(1989, 12, 10) },
        new() { Name = "alan", Country = "GB", Age = 41, TotalSpend = 80m, Score = 0.5, Tier = Tier.Silver, Tags = ["Vip"], Address = new Address { City = "oslo" }, LastOrderAt = AsOf.AddDays(-120) },
        new() { Name = "ADA LOVELACE", Country = "CA", Age = null, TotalSpend = 500m, Score = null, OptedOut = true, Tags = [], Address = null, LastOrderAt = null, BirthDate = null },
        new() { Name = null, Country = null, Age = 18, TotalSpend = 0m, Score = 5.0, Tier = Tier.Bronze, Tags = ["sports", "music"], Address = new Address { City = null } },
        new() { Name = "50% off_deal", Country = "fr", Age = 30, TotalSpend = 499.99m, Score = 10.0, Tier = Tier.Gold, Tags = ["music"], Address = new Address { City = "Paris" }, LastOrderAt = AsOf, BirthDate = new DateOnly(2007, 6, 1) },
        new() { Name = "", Country = "DE", Age = 90, TotalSpend = 501m, Score = 2.25, Tier = Tier.Silver, Tags = ["vip", "sports", "newsletter"], Address = new Address { City = "Lyon" }, LastOrderAt = AsOf.AddDays(1) },
        new() { Name = "Grace", Country = "US", Age = 29, TotalSpend = 10_000m, Score = 7.0, Tier = Tier.Bronze, Tags = ["newsletter"], Address = new Address { City = "Paris" }, LastOrderAt = AsOf.AddDays(-30), BirthDate = new DateOnly(1940, 1, 1) },
    ];
}
