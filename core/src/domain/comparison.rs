//! Own results next to a peer group's figures: what the results page, the charts and the
//! report show. All arithmetic on levels, targets and peer statistics happens here.

use super::benchmark::{GroupFigures, Position, Stats};
use super::questionnaire::{Category, Dimension};
use super::scoring::{gap, CategoryResult, DimensionResult, Results};

/// One dimension or category against its target and its peers.
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub level: Option<f64>,
    pub target: f64,
    pub gap: Option<f64>,
    /// Peer statistics, unless suppressed (n < 5) or absent.
    pub peer: Option<Stats>,
    /// How far the peer median lies below this target, at least 0.
    pub peer_gap: Option<f64>,
    pub position: Option<Position>,
}

impl Compared {
    fn new(level: Option<f64>, target: f64, peer: Option<Stats>) -> Compared {
        Compared {
            level,
            target,
            gap: level.map(|l| gap(target, l)),
            peer,
            peer_gap: peer.map(|p| gap(target, p.median)),
            position: peer.zip(level).map(|(p, l)| p.position(l)),
        }
    }
}

pub fn dimension(result: &DimensionResult, peers: Option<&GroupFigures>) -> Compared {
    let peer = peers.and_then(|g| g.stats(&result.dimension.id)).copied();
    Compared::new(result.level, result.target, peer)
}

pub fn category(result: &CategoryResult, peers: Option<&GroupFigures>) -> Compared {
    let peer = peers.and_then(|g| g.stats(&result.category.id)).copied();
    Compared::new(result.level, result.target, peer)
}

/// Every category with its comparison, largest gap first; categories without a level last;
/// ties keep questionnaire order.
pub fn categories_by_gap<'q>(
    results: &Results<'q>,
    peers: Option<&GroupFigures>,
) -> Vec<(&'q Dimension, &'q Category, Compared)> {
    let mut rows: Vec<_> = results
        .dimensions
        .iter()
        .flat_map(|d| d.categories.iter().map(move |c| (d.dimension, c.category, category(c, peers))))
        .collect();
    rows.sort_by(|a, b| {
        let key = |c: &Compared| c.gap.unwrap_or(-1.0);
        key(&b.2).partial_cmp(&key(&a.2)).unwrap_or(std::cmp::Ordering::Equal)
    });
    rows
}

/// The category furthest below its target, for chart summaries: „Größte Lücke: …“.
pub fn largest_gap<'q>(results: &Results<'q>) -> Option<(&'q Category, f64)> {
    categories_by_gap(results, None).into_iter().find_map(|(_, c, cmp)| cmp.gap.filter(|g| *g > 0.0).map(|g| (c, g)))
}

/// The dimension with the lowest level, for summaries.
pub fn weakest_dimension<'q>(results: &Results<'q>) -> Option<(&'q Dimension, f64)> {
    results
        .dimensions
        .iter()
        .filter_map(|d| d.level.map(|l| (d.dimension, l)))
        .min_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal))
}

/// Change between an earlier and a later level (for „Verlauf“).
pub fn change(earlier: Option<f64>, later: Option<f64>) -> Option<f64> {
    Some(later? - earlier?)
}
