using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Tests.Serialization;

/// <summary>
/// <see cref="LaosRightsDataset.Parse(Stream, DatasetLoadOptions?)"/> reads into a pooled buffer sized from the stream's
/// length when it has one, and grows it otherwise: both paths, the limit on each, and where reading starts and stops.
/// </summary>
public sealed class StreamLoadingTests
{
    private static readonly byte[] Shipped = LaosRights.Data.Serialization.EmbeddedData.ReadResource(LaosRights.Data.Serialization.EmbeddedData.DatasetResourceName);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(100_000)]
    public void A_stream_without_a_length_is_read_to_its_end_in_whatever_pieces_it_gives(int piece)
    {
        using var stream = new PiecewiseStream(Shipped, piece);

        var data = LaosRightsDataset.Load(stream);

        data.AllRecords.Select(r => r.Id).Should().Equal(LaosRightsDataset.Default.AllRecords.Select(r => r.Id));
        data.Events["iccpr-ratification-2009"].Date.Should().Be(LaosRightsDataset.Default.Events["iccpr-ratification-2009"].Date);
        stream.BytesRead.Should().Be(Shipped.Length);
        stream.IsDisposed.Should().BeFalse("the caller owns the stream");
    }

    [Theory]
    [InlineData(1, 3000)]
    [InlineData(5001, 999)]
    [InlineData(70_000, 4096)]
    public void Every_byte_read_before_the_buffer_grows_is_kept(int leadingSpaces, int piece)
    {
        // Leading whitespace shifts the JSON to offsets no earlier load used, so a pooled buffer that still holds an
        // earlier load's bytes cannot hide a byte lost while growing.
        using var stream = new PiecewiseStream([.. Enumerable.Repeat((byte)' ', leadingSpaces), .. Shipped], piece);

        LaosRightsDataset.Load(stream).AllRecords.Should().HaveCount(LaosRightsDataset.Default.AllRecords.Count);
    }

    [Fact]
    public void A_seekable_stream_is_read_from_its_current_position()
    {
        var prefix = "not json at all"u8.ToArray();
        using var stream = new MemoryStream([.. prefix, .. Shipped]);
        stream.Position = prefix.Length;

        LaosRightsDataset.Load(stream).Events.Should().HaveCount(LaosRightsDataset.Default.Events.Count);
        stream.Position.Should().Be(prefix.Length + Shipped.Length);
    }

    [Fact]
    public void Input_exactly_at_the_limit_is_accepted_and_one_byte_more_is_not()
    {
        var atLimit = new DatasetLoadOptions { MaxInputBytes = Shipped.Length };
        var belowLimit = new DatasetLoadOptions { MaxInputBytes = Shipped.Length - 1 };

        LaosRightsDataset.Load(new MemoryStream(Shipped), atLimit).Events.Should().NotBeEmpty();
        LaosRightsDataset.Load(new PiecewiseStream(Shipped, 1000), atLimit).Events.Should().NotBeEmpty();
        LaosRightsDataset.Parse(Shipped, atLimit).Events.Should().NotBeEmpty();

        foreach (var load in new Func<LaosRightsDataset>[]
        {
            () => LaosRightsDataset.Load(new MemoryStream(Shipped), belowLimit),
            () => LaosRightsDataset.Load(new PiecewiseStream(Shipped, 1000), belowLimit),
            () => LaosRightsDataset.Parse(Shipped, belowLimit),
        })
        {
            load.Should().Throw<DatasetValidationException>().Which.Problems.Should().ContainSingle()
                .Which.Should().Be(new DatasetProblem("$", $"the input is larger than the limit of {Shipped.Length - 1} bytes (DatasetLoadOptions.MaxInputBytes)."));
        }
    }

    [Fact]
    public void A_seekable_stream_longer_than_the_limit_is_rejected_without_reading_it()
    {
        using var stream = new PiecewiseStream(Shipped, 1000, seekable: true);

        var act = () => LaosRightsDataset.Load(stream, new DatasetLoadOptions { MaxInputBytes = 100 });

        act.Should().Throw<DatasetValidationException>().Which.Problems.Single().Message.Should().Contain("larger than the limit of 100 bytes");
        stream.BytesRead.Should().Be(0);
    }

    [Fact]
    public void A_stream_without_a_length_is_read_only_a_little_past_the_limit()
    {
        using var stream = new PiecewiseStream(Shipped, 1000);

        var act = () => LaosRightsDataset.Load(stream, new DatasetLoadOptions { MaxInputBytes = 5000 });

        act.Should().Throw<DatasetValidationException>().Which.Problems.Single().Message.Should().Contain("larger than the limit of 5000 bytes");
        stream.BytesRead.Should().BeGreaterThan(5000).And.BeLessThan(Shipped.Length);
    }

    [Fact]
    public void An_empty_stream_is_invalid_input_not_a_crash()
    {
        var act = () => LaosRightsDataset.Load(new PiecewiseStream([], 10));

        act.Should().Throw<DatasetValidationException>().Which.Problems.Single().Path.Should().Be("$");
    }

    /// <summary>A read-only stream that hands out at most <c>piece</c> bytes per read and counts them; seekable only when asked.</summary>
    private sealed class PiecewiseStream(byte[] content, int piece, bool seekable = false) : Stream
    {
        private int _position;

        public int BytesRead => _position;

        public bool IsDisposed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? content.Length : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? _position : throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, piece), content.Length - _position);
            content.AsSpan(_position, n).CopyTo(buffer.AsSpan(offset, n));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            IsDisposed = true;
            base.Dispose(disposing);
        }
    }
}
