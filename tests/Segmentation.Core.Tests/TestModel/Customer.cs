namespace Segmentation.Tests.TestModel;

/// <summary>The customer record most tests segment: scalars, an enum, a nested object, tags and orders.</summary>
public sealed class Customer
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Country { get; set; }

    public int? Age { get; set; }

    public decimal TotalSpend { get; set; }

    public double? Score { get; set; }

    public bool OptedOut { get; set; }

    public Tier Tier { get; set; }

    public DateTimeOffset? LastOrderAt { get; set; }

    public DateOnly? BirthDate { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public Address? Address { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<Order> Orders { get; set; } = [];

    public List<Consent> Consents { get; set; } = [];

    internal string Secret { get; set; } = "hidden";

    public string Greet() => "hello " + Name;
}
