using Segmentation.Tests.TestModel;

namespace Segmentation.Tests.Database;

/// <summary>Copies customers for a database: ids must be unique there (1..n), the in-memory side keeps its own objects.</summary>
internal static class CustomerCopy
{
    /// <param name="customer">The customer to copy.</param>
    /// <param name="index">Its position; the copy's id is index + 1.</param>
    /// <param name="instant">How an instant is stored (PostgreSQL's timestamptz holds the instant in UTC).</param>
    public static Customer Copy(Customer customer, int index, Func<DateTimeOffset, DateTimeOffset> instant) => new()
    {
        Id = index + 1,
        Name = customer.Name,
        Country = customer.Country,
        Age = customer.Age,
        TotalSpend = customer.TotalSpend,
        Score = customer.Score,
        OptedOut = customer.OptedOut,
        Tier = customer.Tier,
        LastOrderAt = customer.LastOrderAt is { } last ? instant(last) : null,
        BirthDate = customer.BirthDate,
        Latitude = customer.Latitude,
        Longitude = customer.Longitude,
        Address = customer.Address is null ? null : new Address { City = customer.Address.City, PostalCode = customer.Address.PostalCode },
        Tags = [.. customer.Tags],
        Orders = [.. customer.Orders.Select(o => new Order { Id = o.Id, Amount = o.Amount, PlacedAt = instant(o.PlacedAt), Channel = o.Channel, Returned = o.Returned })],
        Consents = [.. customer.Consents.Select(c => new Consent { Channel = c.Channel, GivenAt = instant(c.GivenAt), WithdrawnAt = c.WithdrawnAt is { } withdrawn ? instant(withdrawn) : null })],
    };
}
