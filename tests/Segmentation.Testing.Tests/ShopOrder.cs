namespace Segmentation.Testing.Tests;

public sealed class ShopOrder
{
    public int Id { get; set; }

    public decimal Amount { get; set; }

    public DateTimeOffset PlacedAt { get; set; }
}
