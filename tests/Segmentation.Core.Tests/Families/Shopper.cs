namespace Segmentation.Tests.Families;

public enum Settlement
{
    Urban,
    Suburban,
    Rural,
}

/// <summary>The customer class of docs/families.md: one property or collection per family.</summary>
public sealed class Shopper
{
    public int Id { get; set; }

    // demographic
    public DateOnly? BirthDate { get; set; }

    public string? Gender { get; set; }

    public string? IncomeBand { get; set; }

    public string? Education { get; set; }

    public string? MaritalStatus { get; set; }

    public string? Occupation { get; set; }

    // geographic
    public string? Country { get; set; }

    public string? Region { get; set; }

    public string? City { get; set; }

    public Settlement Settlement { get; set; }

    public string? Climate { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    // psychographic
    public List<string> Interests { get; set; } = [];

    public List<string> Values { get; set; } = [];

    public List<string> Lifestyle { get; set; } = [];

    // behavioral
    public List<ShopperEvent> Events { get; set; } = [];

    public string? LoyaltyTier { get; set; }

    // technographic
    public string? Device { get; set; }

    public string? OperatingSystem { get; set; }

    public string? Adoption { get; set; }

    // purchase history
    public List<ShopperOrder> Orders { get; set; } = [];
}

public sealed class ShopperEvent
{
    public string Type { get; set; } = "";

    public DateTimeOffset At { get; set; }
}

public sealed class ShopperOrder
{
    public decimal Amount { get; set; }

    public DateTimeOffset PlacedAt { get; set; }
}
