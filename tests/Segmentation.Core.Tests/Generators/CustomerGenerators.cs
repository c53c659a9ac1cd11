using FsCheck;
using FsCheck.Fluent;
using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Generators;

/// <summary>Generators of <see cref="Customer"/> records with nulls, empty collections and edge dates.</summary>
public static class CustomerGenerators
{
    public static Gen<DateTimeOffset> Instant { get; } =
        from days in Gen.Elements(Domains.DayOffsets)
        from shiftSeconds in Gen.Elements(0, 1, -1)
        select Domains.AsOf.AddDays(-days).AddSeconds(shiftSeconds);

    public static Gen<Order> Order { get; } =
        from id in Gen.Choose(1, 10_000)
        from amount in Gen.Choose(-50, 600)
        from placedAt in Instant
        from channel in OrNull(Gen.Elements(Domains.Channels))
        from returned in Gen.Elements(false, false, true)
        select new Order { Id = id, Amount = amount, PlacedAt = placedAt, Channel = channel, Returned = returned };

    public static Gen<Customer> Customer { get; } =
        from id in Gen.Choose(1, 1_000_000)
        from name in OrNull(Gen.Elements(Domains.Names))
        from country in OrNull(Gen.Elements(Domains.Countries))
        from age in OrNullValue(Gen.Choose(16, 90))
        from spend in Gen.Choose(0, 1200)
        from score in OrNullValue(Gen.Choose(0, 100).Select(s => s / 10.0))
        from optedOut in Gen.Elements(false, true)
        from tier in Gen.Elements(Tier.Bronze, Tier.Silver, Tier.Gold)
        from lastOrderAt in OrNullValue(Instant)
        from birthDate in OrNullValue(Gen.OneOf(
            Gen.Choose(0, 25_000).Select(d => new DateOnly(1940, 1, 1).AddDays(d)),
            from years in Gen.Choose(0, 90)
            from shift in Gen.Elements(-1, 0, 1)
            select DateOnly.FromDateTime(Domains.AsOf.DateTime).AddYears(-years).AddDays(shift)))
        from location in OrNull(Gen.Elements(Domains.Locations))
        from city in OrNull(Gen.Elements(Domains.Cities))
        from hasAddress in Gen.Elements(true, true, false)
        from tags in Gen.SubListOf(Domains.Tags)
        from orderCount in Gen.Choose(0, 6)
        from orders in Gen.ArrayOf(Order, orderCount)
        from consentCount in Gen.Choose(0, 3)
        from consents in Gen.ArrayOf(ConsentRecord, consentCount)
        select new Customer
        {
            Id = id,
            Name = name,
            Country = country,
            Age = age,
            TotalSpend = spend,
            Score = score,
            OptedOut = optedOut,
            Tier = tier,
            LastOrderAt = lastOrderAt,
            BirthDate = birthDate,
            Latitude = location?.Latitude,
            Longitude = location?.Longitude,
            Address = hasAddress ? new Address { City = city } : null,
            Tags = [.. tags],
            Orders = [.. orders],
            Consents = [.. consents],
        };

    /// <summary>Consent records around the as-of instant: given before or after it, withdrawn or not.</summary>
    public static Gen<Consent> ConsentRecord { get; } =
        from channel in Gen.Elements("email", "sms")
        from givenAt in Instant
        from withdrawnAt in OrNullValue(Instant)
        select new Consent { Channel = channel, GivenAt = givenAt, WithdrawnAt = withdrawnAt };

    internal static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(v => (T?)v)));

    internal static Gen<T?> OrNullValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(v => (T?)v)));
}
