using FluentAssertions;
using Xunit;

namespace LaosRights.Data.Export.Tests;

/// <summary>The data reader that feeds export tables to the CSV writer, read directly on a small table.</summary>
public class ExportTableReaderTests
{
    private static ExportTable Table() => new ExportTable("things", "Some things.", "id")
        .Field("id", "string", "The id.", required: true)
        .Field("count", "integer", "How many.")
        .Field("note", "string", "A note.")
        .Row("first", "12", null)
        .Row("second", null, "hello");

    [Fact]
    public void Describes_its_columns_as_text()
    {
        using var reader = new ExportTableReader(Table());

        reader.FieldCount.Should().Be(3);
        reader.GetName(0).Should().Be("id");
        reader.GetName(1).Should().Be("count");
        reader.GetName(2).Should().Be("note");
        reader.GetOrdinal("id").Should().Be(0);
        reader.GetOrdinal("count").Should().Be(1);
        reader.GetOrdinal("note").Should().Be(2);
        reader.GetDataTypeName(1).Should().Be("string");
        reader.GetFieldType(1).Should().Be<string>();
        reader.RecordsAffected.Should().Be(-1);
        reader.IsClosed.Should().BeFalse();
        reader.Depth.Should().Be(0);
        reader.HasRows.Should().BeTrue();
        reader.NextResult().Should().BeFalse();
    }

    [Fact]
    public void An_unknown_column_name_is_an_error_naming_the_column_and_table()
    {
        using var reader = new ExportTableReader(Table());

        reader.Invoking(r => r.GetOrdinal("ID")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("name")
            .WithMessage("No column 'ID' in table 'things'.*");
    }

    [Fact]
    public void The_column_schema_says_which_columns_may_be_empty()
    {
        using var reader = new ExportTableReader(Table());

        var columns = reader.GetColumnSchema();

        columns.Select(c => c.ColumnName).Should().Equal("id", "count", "note");
        columns.Select(c => c.ColumnOrdinal).Should().Equal(0, 1, 2);
        columns.Select(c => c.AllowDBNull).Should().Equal(false, true, true);
        columns.Should().AllSatisfy(c =>
        {
            c.DataType.Should().Be<string>();
            c.DataTypeName.Should().Be("string");
        });
    }

    [Fact]
    public void Reads_each_row_with_missing_values_as_DBNull()
    {
        using var reader = new ExportTableReader(Table());

        reader.Read().Should().BeTrue();
        reader.GetString(0).Should().Be("first");
        reader.GetValue(1).Should().Be("12");
        reader[1].Should().Be("12");
        reader["count"].Should().Be("12");
        reader.IsDBNull(0).Should().BeFalse();
        reader.IsDBNull(2).Should().BeTrue();
        reader.GetValue(2).Should().BeSameAs(DBNull.Value);
        reader["note"].Should().BeSameAs(DBNull.Value);
        reader.Invoking(r => r.GetString(2)).Should().Throw<InvalidOperationException>().WithMessage("The value of 'note' is missing.");

        reader.Read().Should().BeTrue();
        reader.GetString(0).Should().Be("second");
        reader.IsDBNull(1).Should().BeTrue();
        reader.GetString(2).Should().Be("hello");

        reader.Read().Should().BeFalse();
        reader.Read().Should().BeFalse();
    }

    [Fact]
    public void GetValues_fills_as_many_values_as_fit()
    {
        using var reader = new ExportTableReader(Table());
        reader.Read();

        var exact = new object[3];
        reader.GetValues(exact).Should().Be(3);
        exact.Should().Equal("first", "12", DBNull.Value);

        var small = new object[2];
        reader.GetValues(small).Should().Be(2);
        small.Should().Equal("first", "12");

        var large = new object[] { "x", "x", "x", "untouched" };
        reader.GetValues(large).Should().Be(3);
        large.Should().Equal("first", "12", DBNull.Value, "untouched");

        reader.Invoking(r => r.GetValues(null!)).Should().Throw<ArgumentNullException>().WithParameterName("values");
    }

    [Fact]
    public void Enumerating_reads_every_row()
    {
        using var reader = new ExportTableReader(Table());

        var ids = new List<string>();
        foreach (System.Data.IDataRecord record in reader)
        {
            ids.Add(record.GetString(0));
        }

        ids.Should().Equal("first", "second");
    }

    [Fact]
    public void A_table_without_rows_has_no_rows()
    {
        using var reader = new ExportTableReader(new ExportTable("empty", "Nothing.", "id").Field("id", "string", "The id.", required: true));

        reader.HasRows.Should().BeFalse();
        reader.Read().Should().BeFalse();
        reader.FieldCount.Should().Be(1);
    }

    [Fact]
    public void GetChars_copies_a_window_of_the_text()
    {
        using var reader = new ExportTableReader(Table());
        reader.Read();
        reader.Read();

        reader.GetChars(2, 0, null, 0, 0).Should().Be(5, "without a buffer it gives the length");

        var buffer = new char[8];
        reader.GetChars(2, 1, buffer, 2, 3).Should().Be(3);
        new string(buffer, 2, 3).Should().Be("ell");
        buffer[0].Should().Be('\0');
        buffer[5].Should().Be('\0');

        Array.Clear(buffer);
        reader.GetChars(2, 3, buffer, 0, 8).Should().Be(2, "only two characters are left after offset 3");
        new string(buffer, 0, 2).Should().Be("lo");

        reader.GetChars(2, 5, buffer, 0, 8).Should().Be(0);
        reader.GetChars(2, 7, buffer, 0, 8).Should().Be(0, "an offset past the end copies nothing");
        reader.Invoking(r => r.GetChars(1, 0, buffer, 0, 1)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Typed_getters_other_than_text_are_refused()
    {
        using var reader = new ExportTableReader(Table());
        reader.Read();

        var getters = new Action[]
        {
            () => reader.GetBoolean(1),
            () => reader.GetByte(1),
            () => reader.GetBytes(1, 0, null, 0, 0),
            () => reader.GetChar(1),
            () => reader.GetDateTime(1),
            () => reader.GetDecimal(1),
            () => reader.GetDouble(1),
            () => reader.GetFloat(1),
            () => reader.GetGuid(1),
            () => reader.GetInt16(1),
            () => reader.GetInt32(1),
            () => reader.GetInt64(1),
        };
        foreach (var getter in getters)
        {
            getter.Should().Throw<InvalidCastException>().WithMessage("Every column of an export table is text.");
        }
    }
}
