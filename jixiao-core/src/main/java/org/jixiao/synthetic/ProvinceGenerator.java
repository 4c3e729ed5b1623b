package org.jixiao.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Enumerates a synthetic province (default 14 cities × 10 districts × 80 units = 11,200 units) with stable names
 * and codes: unit {@code i} is always the same unit. Names combine the fictional places of
 * {@code synthetic/places.tsv} with the unit catalogue of {@code synthetic/units.tsv} (the first 80 units of a
 * district cycle through the catalogue with a 第N suffix where needed). Years 2021–2025, each checked and coded with
 * that year's code lists.
 */
public final class ProvinceGenerator {

    public static final List<Integer> YEARS = List.of(2021, 2022, 2023, 2024, 2025);

    private final String province;
    private final List<String> cities = new ArrayList<>();
    private final List<String> districts = new ArrayList<>();
    private final List<String[]> units = Catalogue.rows("units.tsv");
    private final int unitsPerDistrict;

    public ProvinceGenerator() {
        this(14, 10, 80);
    }

    public ProvinceGenerator(int cityCount, int districtCount, int unitsPerDistrict) {
        String name = null;
        List<String> allCities = new ArrayList<>();
        List<String> allDistricts = new ArrayList<>();
        for (String[] row : Catalogue.rows("places.tsv")) {
            switch (row[0]) {
                case "province" -> name = row[1];
                case "city" -> allCities.add(row[1]);
                default -> allDistricts.add(row[1]);
            }
        }
        if (cityCount > allCities.size() || districtCount > allDistricts.size()) throw new IllegalArgumentException("not enough place names");
        this.province = name;
        this.cities.addAll(allCities.subList(0, cityCount));
        this.districts.addAll(allDistricts.subList(0, districtCount));
        this.unitsPerDistrict = unitsPerDistrict;
    }

    public int size() {
        return cities.size() * districts.size() * unitsPerDistrict;
    }

    /** The unit with this index (0 ≤ index < size()), stable across runs. */
    public UnitIdentity unit(int index) {
        if (index < 0 || index >= size()) throw new IndexOutOfBoundsException(index);
        int u = index % unitsPerDistrict;
        int d = index / unitsPerDistrict % districts.size();
        int c = index / unitsPerDistrict / districts.size();
        String[] row = units.get(u % units.size());
        int round = u / units.size();
        String city = cities.get(c);
        String district = districts.get(d);
        String suffix = round == 0 ? "" : "第" + (round + 1) + "分中心";
        String name = city + district + row[0] + suffix;
        String code = String.format("%02d%02d%03d", c + 1, d + 1, u + 1);
        return new UnitIdentity(province, city, district, name, code, row[1].equals("事业"), row[2], Arrays.asList(row[3].split("、")));
    }

    /** Every unit in index order, lazily. */
    public Iterable<UnitIdentity> units() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size();
            }

            @Override
            public UnitIdentity next() {
                if (!hasNext()) throw new NoSuchElementException();
                return unit(next++);
            }
        };
    }
}
