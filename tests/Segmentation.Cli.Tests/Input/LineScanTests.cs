using System.Runtime.Intrinsics;
using System.Text;
using Segmentation.Cli.Input;

namespace Segmentation.Cli.Tests.Input;

public sealed class LineScanTests
{
    [Fact]
    public void TryFind_ShortLine_FindsNewlineAndEveryNeededComma()
    {
        var data = Bytes("C0000001,2023-06-07,31.87\nC0000002,2023-06-08,1\n");
        var commas = new int[3];
        var found = -1;

        var ok = LineScan.TryFind(data, 0, need: 2, commas, ref found, out var newline);

        Assert.Equal(Vector256.IsHardwareAccelerated, ok);
        if (ok)
        {
            Assert.Equal(25, newline);
            Assert.Equal(2, found);
            Assert.Equal([8, 19], commas[..2]);
        }
    }

    [Fact]
    public void TryFind_MoreCommasThanNeeded_StopsAtNeedPlusOne()
    {
        // Columns 0..1 needed: the comma after column 1 ends it; later commas are not recorded.
        var data = Bytes("a,b,c,d,e\n" + new string('x', 40));
        var commas = new int[2];
        var found = 0;

        var ok = LineScan.TryFind(data, 0, need: 1, commas, ref found, out var newline);

        Assert.Equal(Vector256.IsHardwareAccelerated, ok);
        if (ok)
        {
            Assert.Equal(9, newline);
            Assert.Equal(2, found);
            Assert.Equal([1, 3], commas);
        }
    }

    [Fact]
    public void TryFind_CommasAfterTheNewline_BelongToTheNextLine()
    {
        var data = Bytes("a\nb,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q");
        var commas = new int[3];
        var found = 7;

        var ok = LineScan.TryFind(data, 0, need: 2, commas, ref found, out var newline);

        Assert.Equal(Vector256.IsHardwareAccelerated, ok);
        if (ok)
        {
            Assert.Equal(1, newline);
            Assert.Equal(0, found);
        }
    }

    [Fact]
    public void TryFind_NewlineAtTheLastByteOfTheVector_IsFound()
    {
        var data = Bytes(new string('a', 10) + "," + new string('b', 20) + "\n" + "tail");
        var commas = new int[2];
        var found = 0;

        var ok = LineScan.TryFind(data, 0, need: 1, commas, ref found, out var newline);

        Assert.Equal(Vector256.IsHardwareAccelerated, ok);
        if (ok)
        {
            Assert.Equal(31, newline);
            Assert.Equal(1, found);
            Assert.Equal(10, commas[0]);
        }
    }

    [Fact]
    public void TryFind_LineLongerThanTheVector_LeavesItToTheScalarScan()
    {
        var data = Bytes("a," + new string('x', 40) + "\n");
        var commas = new int[2];
        var found = 5;

        Assert.False(LineScan.TryFind(data, 0, need: 1, commas, ref found, out _));
        Assert.Equal(5, found);
    }

    [Fact]
    public void TryFind_FewerThanWidthBytesLeft_ReturnsFalse()
    {
        var data = Bytes("a,2024-01-01,1\n");
        var found = 0;

        Assert.False(LineScan.TryFind(data, 0, need: 2, new int[3], ref found, out _));
        Assert.False(LineScan.TryFind(Bytes(new string('a', 40) + "\n"), 10, need: 2, new int[3], ref found, out _));
    }

    [Fact]
    public void TryFind_AtAnOffset_ReturnsAbsolutePositions()
    {
        var data = Bytes("header,x,y\nb,2024-01-01,10\n" + new string(' ', 40));
        var commas = new int[3];
        var found = 0;

        var ok = LineScan.TryFind(data, 11, need: 2, commas, ref found, out var newline);

        Assert.Equal(Vector256.IsHardwareAccelerated, ok);
        if (ok)
        {
            Assert.Equal(26, newline);
            Assert.Equal([12, 23], commas[..2]);
        }
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
