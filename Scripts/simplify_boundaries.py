#!/usr/bin/env python3
"""Makes Data/boundaries/england_utla_boundaries.geojson from the ONS TopoJSON of UK boundaries.

Input: output/topo.json of the ONSvisual/uk-topojson repository (ONS "Local Authority Districts (December 2016)
Super Generalised Clipped" boundaries, dissolved by ONS into upper-tier authorities and updated for later changes).
Output: a GeoJSON feature collection of England's current upper-tier (children's services) authorities: the utla
layer's E-coded areas with no end year, each a MultiPolygon with `code` and `name` properties. Every ring is
simplified by Douglas-Peucker (tolerance in degrees) and its coordinates rounded; rings left with fewer than four
positions are dropped. The collection carries a `source` member, the attribution printed under the report's map.
Standard library only; the output is deterministic (features sorted by code, fixed separators).

    python3 Scripts/simplify_boundaries.py topo.json Data/boundaries/england_utla_boundaries.geojson
"""

import argparse
import json

SOURCE = (
    "ONS Local Authority Districts (December 2016) Super Generalised Clipped Boundaries, as upper-tier councils"
    " (ONSvisual/uk-topojson), simplified; Source: Office for National Statistics licensed under the Open"
    " Government Licence v.3.0; Contains OS data \u00a9 Crown copyright and database right 2016"
)


def douglas_peucker(points, tolerance):
    """The points of the line `points` kept by Douglas-Peucker with `tolerance` (iterative, first and last kept)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        farthest, index = -1.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            if length > 0:
                distance = abs(dy * (x - x1) - dx * (y - y1)) / length
            else:
                distance = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if distance > farthest:
                farthest, index = distance, i
        if index is not None and farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep) if kept]


def decoded_arcs(topology):
    """The topology's arcs as lists of (longitude, latitude), undoing the quantisation and delta encoding."""
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        positions = []
        for dx, dy in arc:
            x += dx
            y += dy
            positions.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(positions)
    return arcs


def ring_positions(arcs, indices):
    """The positions of a ring made of the arcs `indices` (a negative index ~i is arc i reversed)."""
    positions = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        positions += arc if not positions else arc[1:]
    return positions


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("topojson", help="output/topo.json of ONSvisual/uk-topojson")
    parser.add_argument("output", help="the GeoJSON file to write")
    parser.add_argument("--tolerance", type=float, default=0.003, help="Douglas-Peucker tolerance in degrees")
    parser.add_argument("--decimals", type=int, default=3, help="decimal places kept in each coordinate")
    arguments = parser.parse_args()

    with open(arguments.topojson, encoding="utf-8") as file:
        topology = json.load(file)
    arcs = decoded_arcs(topology)
    features = []
    for geometry in topology["objects"]["utla"]["geometries"]:
        properties = geometry["properties"]
        if not properties["areacd"].startswith("E") or "end" in properties:
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        coordinates = []
        for polygon in polygons:
            rings = []
            for indices in polygon:
                simplified = douglas_peucker(ring_positions(arcs, indices), arguments.tolerance)
                rounded = [[round(x, arguments.decimals), round(y, arguments.decimals)] for x, y in simplified]
                if len(rounded) >= 4:
                    rings.append(rounded)
            if rings:
                coordinates.append(rings)
        features.append(
            {
                "type": "Feature",
                "properties": {"code": properties["areacd"], "name": properties["areanm"]},
                "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
            }
        )
    features.sort(key=lambda feature: feature["properties"]["code"])
    with open(arguments.output, "w", encoding="utf-8") as file:
        json.dump(
            {"type": "FeatureCollection", "source": SOURCE, "features": features},
            file,
            ensure_ascii=False,
            separators=(",", ":"),
        )
        file.write("\n")
    positions = sum(len(ring) for feature in features for polygon in feature["geometry"]["coordinates"] for ring in polygon)
    print(f"{len(features)} councils, {positions} positions written to {arguments.output}")


if __name__ == "__main__":
    main()
